/** Import data series from a CSV or Excel file: preview, map columns, import. */
export function ImportSeriesDialog(_props: { onClose: () => void }) {
  return null;
}
