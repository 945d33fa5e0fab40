import type { SearchHit } from '../../../shared/schemas/search.ts';
import { useViewerStore } from '../../stores/viewer.ts';
import { openItem } from './openItem.ts';

export const isPdf = (mediaType: string | null, fileName: string | null) =>
  mediaType === 'application/pdf' || (!!fileName && /\.pdf$/i.test(fileName));

/** Opens a hit's item; a match in a PDF also opens the viewer at that page, words highlighted. */
export async function openHit(hit: SearchHit, query: string): Promise<void> {
  const inPdf = hit.fileId !== null && hit.page !== null && isPdf(hit.mediaType, hit.fileName);
  await openItem(hit.id, { focus: !inPdf });
  if (inPdf && hit.fileId) {
    useViewerStore.getState().openViewer({
      itemId: hit.id,
      itemTitle: hit.title,
      fileId: hit.fileId,
      fileName: hit.fileName ?? 'PDF',
      page: hit.page ?? 1,
      query,
    });
  }
}
