/** The explorer's transitions (lib/explore/actions.ts) and its transient UI state, without React. */
import { describe, expect, it } from "vitest";
import { applyAction, expandRequest, filtersOf, historyMode, isExpanded, type ExploreAction } from "@/lib/explore/actions";
import { BUSY, EXPAND_LIMIT, SEARCH_START_LIMIT } from "@/lib/explore/limits";
import { startRequests } from "@/lib/explore/load";
import { INITIAL_UI, uiReducer } from "@/lib/explore/ui-state";
import { EMPTY_STATE, parseViewState, serializeViewState, type ViewState } from "@/lib/url/view-state";

function state(qs: string): ViewState {
  const r = parseViewState(qs);
  if (!r.ok) throw new Error(r.error);
  return r.state;
}
const after = (qs: string, ...actions: ExploreAction[]) => serializeViewState(actions.reduce(applyAction, state(qs)));

describe("explorer actions", () => {
  it("expands every neighbour of a node and selects it", () => {
    expect(after("n=company:baidu", { type: "expand", id: "model:ernie-bot" })).toBe("n=company:baidu&x=model:ernie-bot&s=model:ernie-bot");
  });

  it("expands one relationship type as its own step", () => {
    expect(after("n=model:ernie-bot", { type: "expand", id: "model:ernie-bot", relType: "USES" })).toBe(
      "n=model:ernie-bot&x=model:ernie-bot~USES&s=model:ernie-bot",
    );
  });

  it("collapses one group, or every expansion of the node, and leaves other steps alone", () => {
    const qs = "n=model:ernie-bot&x=model:ernie-bot~USES,model:ernie-bot~PARTNER_OF,company:baidu";
    expect(after(qs, { type: "collapse", id: "model:ernie-bot", relType: "USES" })).toBe("n=model:ernie-bot&x=model:ernie-bot~PARTNER_OF,company:baidu");
    expect(after(qs, { type: "collapse", id: "model:ernie-bot" })).toBe("n=model:ernie-bot&x=company:baidu");
  });

  it("removes a node, and with it its selection and its pin", () => {
    const qs = "n=company:baidu&s=company:baidu&p=company:baidu~1~2,model:ernie-bot~3~4";
    expect(after(qs, { type: "remove", id: "company:baidu" })).toBe("n=company:baidu&x=!company:baidu&p=model:ernie-bot~3~4");
  });

  it("keeps the selection when another node is removed", () => {
    expect(after("n=company:baidu&s=company:baidu", { type: "remove", id: "model:ernie-bot" })).toBe("n=company:baidu&x=!model:ernie-bot&s=company:baidu");
  });

  it("pins a node once, at its latest position", () => {
    expect(after("n=company:baidu", { type: "pin", id: "company:baidu", x: 1, y: 2 }, { type: "pin", id: "company:baidu", x: 5, y: -6 })).toBe(
      "n=company:baidu&p=company:baidu~5~-6",
    );
  });

  it("sets and clears the selection", () => {
    expect(after("n=company:baidu", { type: "select", id: "company:baidu" })).toBe("n=company:baidu&s=company:baidu");
    expect(after("n=company:baidu&s=company:baidu", { type: "select", id: undefined })).toBe("n=company:baidu");
  });

  it("sets the filters, sorted, and reads them back", () => {
    const s = applyAction(state("n=company:baidu"), { type: "filter", filters: { hiddenNodeTypes: ["Person"], hiddenRelTypes: ["PARTNER_OF"], dateFrom: "2020" } });
    expect(serializeViewState(s)).toBe("n=company:baidu&t=Person&r=PARTNER_OF&d=2020..");
    expect(filtersOf(s)).toEqual({ hiddenNodeTypes: ["Person"], hiddenRelTypes: ["PARTNER_OF"], dateFrom: "2020", dateTo: undefined });
  });

  it("cycles the label language en -> zh -> ja -> en and leaves the default out of the URL", () => {
    expect(after("n=company:baidu", { type: "nextLang" })).toBe("n=company:baidu&l=zh");
    expect(after("n=company:baidu&l=ja", { type: "nextLang" })).toBe("n=company:baidu");
    expect(after("n=company:baidu", { type: "lang", lang: "ja" })).toBe("n=company:baidu&l=ja");
  });

  it("moves the camera", () => {
    expect(after("n=company:baidu", { type: "camera", camera: { x: 0.25, y: 0.5, ratio: 2 } })).toBe("n=company:baidu&c=0.25,0.5,2");
  });

  it("starts again from a node and keeps only the label language", () => {
    expect(after("v=alibaba-portfolio&x=company:alibaba&t=Person&l=zh&s=company:alibaba", { type: "startFrom", id: "company:iflytek" })).toBe(
      "n=company:iflytek&l=zh",
    );
  });

  it("writes the selection and the camera over the current history entry, and pushes everything else", () => {
    expect(historyMode({ type: "select", id: "a:b" })).toBe("replace");
    expect(historyMode({ type: "camera", camera: { x: 0, y: 0, ratio: 1 } })).toBe("replace");
    for (const a of [{ type: "expand", id: "a:b" }, { type: "remove", id: "a:b" }, { type: "nextLang" }, { type: "pin", id: "a:b", x: 0, y: 0 }] as ExploreAction[]) {
      expect(historyMode(a)).toBe("push");
    }
  });

  it("never changes the state it is given", () => {
    const s = state("n=company:baidu&x=model:ernie-bot&p=company:baidu~1~2");
    const before = JSON.stringify(s);
    applyAction(s, { type: "remove", id: "company:baidu" });
    applyAction(s, { type: "expand", id: "company:baidu" });
    applyAction(s, { type: "filter", filters: { hiddenNodeTypes: ["Person"], hiddenRelTypes: [] } });
    expect(JSON.stringify(s)).toBe(before);
  });

  it("tells an expansion by every type from one by a single type", () => {
    const s = state("n=model:ernie-bot&x=model:ernie-bot~USES");
    expect(isExpanded(s, "model:ernie-bot", "USES")).toBe(true);
    expect(isExpanded(s, "model:ernie-bot")).toBe(false);
  });

  it("expands a quiet node at once, once, and offers a busy node's groups instead", () => {
    const s = state("n=company:baidu");
    expect(expandRequest(s, "company:baidu", BUSY)).toEqual({ action: { type: "expand", id: "company:baidu" }, busy: false });
    expect(expandRequest(applyAction(s, { type: "expand", id: "company:baidu" }), "company:baidu", 3)).toEqual({ action: undefined, busy: false });
    expect(expandRequest(s, "model:ernie-bot", BUSY + 1)).toEqual({ action: { type: "select", id: "model:ernie-bot" }, busy: true });
  });
});

describe("a link's start requests", () => {
  it("asks for each start once, busy start nodes trimmed by the server, and a search as one graph", () => {
    expect(startRequests(state("v=alibaba-portfolio&n=company:iflytek&q=百度&x=company:baidu,model:ernie-bot~USES"))).toEqual([
      "/api/views/alibaba-portfolio",
      `/api/nodes/company:iflytek/neighborhood?depth=1&limit=${BUSY}&overflow=center`,
      `/api/search/graph?q=%E7%99%BE%E5%BA%A6&limit=${SEARCH_START_LIMIT}`,
      `/api/nodes/company:baidu/neighborhood?depth=1&limit=${EXPAND_LIMIT}`,
      `/api/nodes/model:ernie-bot/neighborhood?depth=1&limit=${EXPAND_LIMIT}&types=USES`,
    ]);
  });

  it("asks for the whole ecosystem when the state names no start (issue 13: the overview replaced the gallery)", () => {
    expect(startRequests(EMPTY_STATE)).toEqual(["/api/overview?limit=1500"]);
  });

  it("asks for a repeated expansion once, and for at most `max` requests", () => {
    expect(startRequests(state("n=company:baidu&x=company:baidu,!model:ernie-bot,company:baidu"))).toHaveLength(2);
    expect(startRequests(state(`x=${Array.from({ length: 20 }, (_, i) => `company:c${i}`).join(",")}`), 8)).toHaveLength(8);
  });
});

describe("the explorer's transient UI state", () => {
  it("shows and dismisses a notice", () => {
    const s = uiReducer(INITIAL_UI, { type: "notice", text: "Dropped: company:x." });
    expect(s.notice).toBe("Dropped: company:x.");
    expect(uiReducer(s, { type: "notice", text: null }).notice).toBeNull();
  });

  it("toggles, opens and closes the help", () => {
    const open = uiReducer(INITIAL_UI, { type: "help", open: "toggle" });
    expect(open.help).toBe(true);
    expect(uiReducer(open, { type: "help", open: "toggle" }).help).toBe(false);
    expect(uiReducer(open, { type: "help", open: false }).help).toBe(false);
  });

  it("keeps the copied link after the 'copied' note is cleared", () => {
    const copied = uiReducer(INITIAL_UI, { type: "copied", text: "Link copied.", link: "http://x/explore?n=a:b" });
    const cleared = uiReducer(copied, { type: "copied", text: null });
    expect(cleared).toEqual({ ...INITIAL_UI, copied: null, link: "http://x/explore?n=a:b" });
  });

  it("keeps an action's error apart from the notice", () => {
    const s = uiReducer(uiReducer(INITIAL_UI, { type: "error", text: "Could not expand." }), { type: "notice", text: "n" });
    expect(s).toMatchObject({ error: "Could not expand.", notice: "n" });
  });
});
