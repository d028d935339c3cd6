import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "./components/App";
import { ExcelWorkbook } from "../excel/excelWorkbook";

/* The page is also the shared runtime of the custom functions, so it must render even outside
 * Excel (host null), where it says how to open it instead of failing. */
const container = document.getElementById("container");
if (container) {
  const root = createRoot(container);
  void Office.onReady((info) => {
    const inExcel = info.host === Office.HostType.Excel;
    root.render(
      <FluentProvider theme={webLightTheme}>
        <App port={inExcel ? new ExcelWorkbook() : null} />
      </FluentProvider>
    );
  });
}
