/** The keys of the widget's wording in prompts/replies.yaml (`widget:`); shared by the server and the browser. */
export const WIDGET_TEXT_KEYS = [
  "welcome", "disclaimer", "privacy", "handoff_intro", "handoff_need", "handoff_phone", "handoff_consent",
  "handoff_need_missing", "handoff_consent_missing", "handoff_done", "downvote_offer", "downvote_declined",
  "lookup_intro", "lookup_not_found", "lookup_empty", "lookup_shown", "staff_label", "staff_pending",
  "status_open", "status_claimed", "status_answered", "status_closed",
] as const;
export type WidgetTextKey = (typeof WIDGET_TEXT_KEYS)[number];
export type WidgetTexts = Record<WidgetTextKey, string>;
