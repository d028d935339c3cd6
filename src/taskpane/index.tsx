import { createRoot } from "react-dom/client";
import { FluentProvider, tokens } from "@fluentui/react-components";
import { App } from "./components/App";
import { ExcelWorkbook } from "../excel/excelWorkbook";
import type { WorkbookPort } from "../core/port/workbookPort";
import { paneTheme, prefersDark } from "./theme";
import { startStep } from "./model/timing";

/* The page is also the shared runtime of the custom functions, so it must render even outside
 * Excel (host null), where it says how to open it instead of failing; and on a host too old for
 * Semáforo it says so in the pane (an error thrown here would leave the pane blank). */
const container = document.getElementById("container");
if (container) {
  const root = createRoot(container);
  void Office.onReady((info) => {
    startStep("panel");
    let port: WorkbookPort | null = null;
    let problem: string | null = null;
    if (info.host === Office.HostType.Excel) {
      try {
        port = new ExcelWorkbook();
      } catch (e) {
        problem = e instanceof Error ? e.message : String(e);
      }
    }
    const theme = paneTheme(
      prefersDark(Office.context?.officeTheme, window.matchMedia?.bind(window))
    );
    document.body.style.background = String(theme.colorNeutralBackground1);
    root.render(
      <FluentProvider
        theme={theme}
        style={{ minHeight: "100vh", background: tokens.colorNeutralBackground1 }}
      >
        <App port={port} problem={problem} />
      </FluentProvider>
    );
  });
}
