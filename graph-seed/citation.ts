/** The words a rendered citation carries when no readable public page states its fact (shown as a badge). */
export const UNVERIFIED_MARK = "[unverified: no readable public page found]";
