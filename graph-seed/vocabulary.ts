/**
 * The data model: what kinds of things the graph holds (labels) and how they may be joined (relationship types,
 * each with one meaning and a declared domain -> range). graph-seed/schema.ts refuses a record outside it; the
 * explorer's URL parser maps the names of the first data model (`RENAMED_REL_TYPES`) to today's, so old links keep
 * working; graph-seed/README.md carries the same tables, checked against the data by a test.
 * Pure module: no I/O.
 */

export interface LabelDef {
  meaning: string;
  /** Id prefixes its nodes may have: its own, then those of the labels its nodes had before (ids are forever). */
  idPrefixes: readonly string[];
}

/** Primary labels. Every node also carries the secondary label `Entity` (search and id lookups go through it). */
export const LABELS = {
  Company: { meaning: "A company or corporate group", idPrefixes: ["company"] },
  Model: { meaning: "An AI model (a large language or multimodal model, or a family of them)", idPrefixes: ["model"] },
  Product: { meaning: "A product, service, app or platform offered to users", idPrefixes: ["product", "model"] },
  Framework: { meaning: "A software framework for building or training models", idPrefixes: ["framework"] },
  ChipCategory: { meaning: "A category of chips (no single chip is named in the deck)", idPrefixes: ["chip-category", "chip"] },
  Dataset: { meaning: "A body of data used to train or run models", idPrefixes: ["dataset"] },
  Person: { meaning: "A person", idPrefixes: ["person"] },
  Investor: { meaning: "A venture-capital firm or an investment fund", idPrefixes: ["investor", "program"] },
  Institute: { meaning: "A university, research institute or lab, or a computing centre", idPrefixes: ["institute"] },
  MediaOutlet: { meaning: "A news agency, newspaper or media publisher", idPrefixes: ["media-outlet", "company", "institute"] },
  GovernmentBody: { meaning: "A government, ministry, agency or legislature", idPrefixes: ["government-body"] },
  StandardsBody: { meaning: "A task force, association or alliance that sets or researches standards", idPrefixes: ["standards-body", "program", "institute"] },
  Policy: { meaning: "A law, regulation, plan, policy or government measure", idPrefixes: ["policy"] },
  Program: { meaning: "A government programme, strategy or designation scheme", idPrefixes: ["program"] },
  ComputingHub: { meaning: "One of the national computing hubs of East Data West Computing", idPrefixes: ["computing-hub", "program"] },
  DataCenterCluster: { meaning: "One of the national data-centre clusters of East Data West Computing", idPrefixes: ["data-center-cluster", "program"] },
  Event: { meaning: "A dated gathering: a conference or expo", idPrefixes: ["event"] },
  Trend: { meaning: "A market or geopolitical development over time, observed or expected", idPrefixes: ["trend", "event"] },
  Risk: { meaning: "A kind of harm generative AI can bring", idPrefixes: ["risk", "event"] },
  Incident: { meaning: "A reported case in which a risk materialised", idPrefixes: ["incident", "event"] },
  Industry: { meaning: "An industry or sector of the economy", idPrefixes: ["industry"] },
  SupplyChainSegment: { meaning: "An upstream, midstream or downstream segment of the generative-AI supply chain", idPrefixes: ["supply-chain-segment", "industry"] },
  BusinessType: { meaning: "One of the deck's three types of generative-AI players", idPrefixes: ["business-type"] },
  MonetizationModel: { meaning: "A way of earning money from generative AI", idPrefixes: ["monetization-model"] },
  Statistic: { meaning: "A measured figure compared across places or years", idPrefixes: ["statistic"] },
} as const satisfies Record<string, LabelDef>;

export type NodeLabel = keyof typeof LABELS;
export const NODE_LABELS = Object.keys(LABELS) as NodeLabel[];
/**
 * Labels of ideas rather than actors or things (industries, segments, trends, kinds of player or of income, risks,
 * statistics). A path through one ("both are active in Finance") says little, so path finding avoids them as
 * stepping stones unless asked to (lib/neo4j/queries/paths.ts).
 */
export const CONCEPT_LABELS: readonly NodeLabel[] = ["Industry", "SupplyChainSegment", "Trend", "BusinessType", "MonetizationModel", "Risk", "Statistic"];
/** Labels of the first data model that no node has any more: a re-seed removes them from the nodes it writes. */
export const RETIRED_LABELS: readonly string[] = ["Chip"];

export interface RelTypeDef {
  meaning: string;
  from: readonly NodeLabel[];
  to: readonly NodeLabel[];
  /** Why a type used once has a type of its own. */
  unique?: string;
}

const ORGS = ["Company", "Institute", "MediaOutlet", "GovernmentBody", "StandardsBody", "Investor"] as const;
const THINGS_BUILT = ["Model", "Product", "Framework", "ChipCategory", "Dataset"] as const;

/** The relationship types, each with one meaning; nuance the merged types had lives in properties (`kind`, `role`). */
export const REL_TYPES = {
  DEVELOPED: { meaning: "made it (a model, product, framework, chip line or dataset)", from: ["Company", "Institute"], to: THINGS_BUILT },
  OWNS: { meaning: "owns it or controls it (`kind: acquired` when bought, with the date)", from: ["Company"], to: ["Company", "Product", "Dataset", "MediaOutlet"] },
  INVESTED_IN: { meaning: "holds a stake in it without controlling it (`relation`: joint venture, …)", from: ["Company", "Investor"], to: ["Company"] },
  FOUNDED: { meaning: "founded or co-founded it (`role`)", from: ["Person"], to: ["Company", "Investor"] },
  WORKED_AT: { meaning: "works or worked there (`role`; `current: true` while the deck was written)", from: ["Person"], to: ["Company", "Institute", "GovernmentBody"] },
  USES: {
    meaning: "is built on, integrates or uses it (`kind`: built_on, integrates, uses, trained_on; `status`: planned, embedded, …)",
    from: ["Company", "Institute", "Model", "Product"],
    to: ["Model", "Product", "Framework", "ChipCategory", "Dataset", "Institute"],
  },
  SUPPLIES_DATA_TO: {
    meaning: "its users' data feeds the dataset",
    from: ["Product"],
    to: ["Dataset"],
    unique: "the one data-provenance link in the deck (iFlytek's in-car voice users feeding its product data); USES runs the other way",
  },
  JOINED_ECOSYSTEM: { meaning: "joined the model's partner ecosystem (as listed by the deck)", from: ["Company", "Institute", "MediaOutlet"], to: ["Model"] },
  PARTNERS_WITH: { meaning: "partners or collaborates with it (`context`)", from: [...ORGS], to: [...ORGS] },
  ACTIVE_IN: {
    meaning: "works in or is applied in the industry (`kind: sector` — its own business; `kind: application` — where it applies generative AI)",
    from: ["Company", "Institute", "MediaOutlet", "Product", "Model", "BusinessType", "Industry"],
    to: ["Industry"],
  },
  ISSUED: {
    meaning: "issued, launched, established or announced it (`kind`; `role`: lead issuer, co-issuer, …)",
    from: ["GovernmentBody", "Person", "Policy"],
    to: ["Policy", "Program", "Product", "StandardsBody", "Investor"],
  },
  SUPPORTS: {
    meaning: "supports, funds, backs, promotes or guides it (`kind`, amounts in properties)",
    from: ["GovernmentBody", "Investor", "Policy", "Program"],
    to: ["Institute", "Trend", "Industry", "Program", "ChipCategory", "Product", "StandardsBody"],
  },
  REGULATES: {
    meaning: "regulates, restricts, lists or sets standards for it (`kind`)",
    from: ["Policy", "StandardsBody"],
    to: ["Industry", "ChipCategory", "Company", "Model"],
  },
  RESPONDS_TO: { meaning: "was prompted by it or answers it", from: ["Policy", "Trend"], to: ["Risk", "Trend", "Model"] },
  COMPETES_IN: { meaning: "competes in that contest or market (`role`)", from: ["Model", "Company"], to: ["Trend"] },
  COMPARED_TO: {
    meaning: "the deck likens it to that one",
    from: ["Trend"],
    to: ["Trend"],
    unique: "an analogy the deck draws (the hundred-model war and the thousand-groupon war), not a cause, a part or a response",
  },
  PART_OF: {
    meaning: "is a unit, sub-sector, segment or site of it",
    from: ["Institute", "MediaOutlet", "GovernmentBody", "Industry", "SupplyChainSegment", "BusinessType", "DataCenterCluster", "ComputingHub"],
    to: ["Institute", "Company", "GovernmentBody", "Industry", "SupplyChainSegment", "ComputingHub", "Program"],
  },
  PARTICIPATES_IN: {
    meaning: "takes part in it (`role`: presenter, member, founder of a venture, channel, measure, …)",
    from: ["Person", "Company", "Institute", "Product", "Policy", "StandardsBody"],
    to: ["Trend", "Event", "Incident", "Program", "Policy", "SupplyChainSegment"],
  },
  CLASSIFIED_AS: { meaning: "is of that business type (`representative: true` for the deck's examples)", from: ["Company", "Institute"], to: ["BusinessType"] },
  MONETIZES_VIA: { meaning: "earns money that way (a product as the deck's example)", from: ["Company", "Product"], to: ["MonetizationModel"] },
  SUCCEEDED_BY: { meaning: "was followed by a newer version (a model upgrade, a draft replaced by final rules)", from: ["Model", "Policy"], to: ["Model", "Policy"] },
  DESCRIBED: {
    meaning: "put forward the idea behind it",
    from: ["Person"],
    to: ["Risk"],
    unique: "an intellectual source (Cass Sunstein's information cocoon, cited by the deck for the information-bias risk)",
  },
  EXAMPLE_OF: { meaning: "is a case of that risk", from: ["Incident"], to: ["Risk"] },
  CONCERNS: { meaning: "is a risk of, a trend in or an outlook for that industry", from: ["Risk", "Trend"], to: ["Industry"] },
  MEASURES: { meaning: "is a figure about it", from: ["Statistic"], to: ["Industry"] },
} as const satisfies Record<string, RelTypeDef>;

export type RelType = keyof typeof REL_TYPES;
export const REL_TYPE_NAMES = Object.keys(REL_TYPES) as RelType[];

/**
 * Relationship types of the first data model (before 2026-12) and the type each became. Old links name them in
 * hidden types (`r=`), expansion steps (`x=id~TYPE`) and relationship ids (`s=a-TYPE->b`).
 */
export const RENAMED_REL_TYPES: Readonly<Record<string, RelType>> = {
  APPLIED_IN: "ACTIVE_IN",
  OPERATES_IN: "ACTIVE_IN",
  BUILT_ON: "USES",
  INTEGRATES: "USES",
  TRAINED_ON: "USES",
  FORMERLY_AT: "WORKED_AT",
  WORKS_AT: "WORKED_AT",
  COLLABORATES_WITH: "PARTNERS_WITH",
  BACKS: "SUPPORTS",
  FUNDS: "SUPPORTS",
  PROMOTES: "SUPPORTS",
  GUIDES: "SUPPORTS",
  CONTRIBUTES_TO: "SUPPORTS",
  LAUNCHED: "ISSUED",
  ESTABLISHES: "ISSUED",
  ANNOUNCED: "ISSUED",
  RESTRICTS: "REGULATES",
  LISTS: "REGULATES",
  STANDARDIZES: "REGULATES",
  PROMPTED_BY: "RESPONDS_TO",
  ACQUIRED: "OWNS",
  MEMBER_OF: "PARTICIPATES_IN",
  INVOLVED_IN: "PARTICIPATES_IN",
  PRESENTED_AT: "PARTICIPATES_IN",
  LAUNCHED_AT: "PARTICIPATES_IN",
  CHANNEL_FOR: "PARTICIPATES_IN",
  SEGMENT_OF: "PART_OF",
  SUPPLY_CHAIN_OF: "PART_OF",
  UPGRADED_TO: "SUCCEEDED_BY",
  SUPERSEDES: "SUCCEEDED_BY",
  CHALLENGED_BY: "COMPETES_IN",
};

/**
 * Old types whose relationships carry the old name as today's `kind` (graph-seed data, checked by
 * tests/unit/vocabulary.test.ts): an old link's expansion by one of them is narrowed to that kind, so it opens the
 * entities it opened then, not every relationship of the merged type; hidden in its filters (`r=`), it hides that kind
 * alone. Old types without one (WORKS_AT, MEMBER_OF … whose nuance went into `role`) stand for the whole merged type,
 * as does an old type a path ignores (`o=-INTEGRATES` ignores every USES: the path query has no kind filter).
 */
export const RENAMED_REL_KINDS: Readonly<Record<string, string>> = {
  APPLIED_IN: "application",
  OPERATES_IN: "sector",
  BUILT_ON: "built_on",
  INTEGRATES: "integrates",
  TRAINED_ON: "trained_on",
  COLLABORATES_WITH: "collaborates",
  BACKS: "backs",
  FUNDS: "funds",
  PROMOTES: "promotes",
  GUIDES: "guides",
  CONTRIBUTES_TO: "contributes",
  LAUNCHED: "launched",
  ESTABLISHES: "established",
  ANNOUNCED: "announced",
  RESTRICTS: "restricts",
  LISTS: "lists",
  STANDARDIZES: "standardizes",
  PROMPTED_BY: "prompted_by",
  ACQUIRED: "acquired",
};

/** Today's name of a relationship type (an old name mapped, any other returned as is). */
export function currentRelType(type: string): string {
  return Object.hasOwn(RENAMED_REL_TYPES, type) ? RENAMED_REL_TYPES[type] : type;
}
