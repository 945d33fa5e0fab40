/** Whether a drag carries files from the computer (not text or a link dragged within the page). */
export const carriesFiles = (e: { dataTransfer: DataTransfer | null }) => !!e.dataTransfer && [...e.dataTransfer.types].includes('Files');
