import { answerRequest, type AnalyseReply, type AnalyseRequest } from "../model/analyser";
import { EMPTY_VIEW, type WorkbookView } from "../model/analyse";

/*
 * The pane's worker: detection and validation of the sheets read, off the page's thread, so a
 * big sheet does not freeze the pane. It keeps the last view (with the sheets), so an edit sends
 * only the edited sheet and a new measuring choice sends none.
 */

interface WorkerScope {
  onmessage: ((event: MessageEvent<AnalyseRequest>) => void) | null;
  postMessage: (reply: AnalyseReply) => void;
}
const scope = self as unknown as WorkerScope;

let state: WorkbookView = EMPTY_VIEW;
scope.onmessage = (event) => {
  const answer = answerRequest(state, event.data);
  state = answer.state;
  scope.postMessage(answer.reply);
};
// Loaded: the page may send it work from now on.
scope.postMessage({ id: 0, ready: true });
