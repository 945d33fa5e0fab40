/** Whose voice the library holds, per area and overall: counts by voice and sentiment over time, and recent quotes. */
export function VoiceSummaryScreen() {
  return null;
}
