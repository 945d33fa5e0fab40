/** Import a survey export: preview, map columns, import, then review flagged answers. */
export function ImportSurveyDialog(_props: { onClose: () => void }) {
  return null;
}
