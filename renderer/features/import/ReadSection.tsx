/**
 * "What was read" in the details pane, for imported items: pages or parts read from each
 * file, its notes (e.g. an image with no text), and the email/attachment relations.
 */
import { useEffect, useState } from 'react';
import type { Evidence } from '../../../shared/schemas/evidence.ts';
import type { IngestDetails } from '../../../shared/schemas/ingest.ts';
import { formatDate, plural } from '../../../shared/format.ts';
import { api } from '../../api/client.ts';
import { Button } from '../../components/Button.tsx';
import { useViewerStore } from '../../stores/viewer.ts';
import { openItem } from '../search/openItem.ts';

const formatWords = {
  pdf: 'PDF',
  word: 'Word document',
  spreadsheet: 'Spreadsheet',
  text: 'Text',
  email: 'Email',
  image: 'Image',
  other: 'File',
} as const;

export function ReadSection({ evidence }: { evidence: Evidence }) {
  const [details, setDetails] = useState<IngestDetails | null>(null);
  const openViewer = useViewerStore((s) => s.openViewer);
  const fileKey = evidence.files.map((f) => f.id).join(',');

  useEffect(() => {
    let live = true;
    setDetails(null);
    if (!fileKey) return;
    api
      .call('ingest/details', { id: evidence.id })
      .then((d) => {
        if (live) setDetails(d);
      })
      .catch(() => {
        // Nothing was read from this item's files (or the core cannot say): show nothing.
      });
    return () => {
      live = false;
    };
  }, [evidence.id, fileKey]);

  if (!details || (details.files.length === 0 && details.attachments.length === 0 && details.attachedTo.length === 0)) return null;

  return (
    <section className="details-section" aria-labelledby="read-heading">
      <div className="section-header">
        <h3 className="section-heading" id="read-heading">
          What was read
        </h3>
      </div>
      {details.files.length > 0 ? (
        <ul className="read-list" aria-labelledby="read-heading">
          {details.files.map((f) => (
            <li key={f.fileId} className="read-row">
              <span className="file-name">{f.name}</span>
              <span className="quiet read-meta">
                {formatWords[f.format]}
                {f.pageCount !== null ? ` · ${plural(f.pageCount, 'page')}` : ''}
                {f.parts > 0 ? ` · ${plural(f.parts, f.pageCount !== null ? 'page' : 'part')} of text searchable` : ' · no searchable text'}
              </span>
              {f.documentTitle || f.documentDate || f.author ? (
                <span className="quiet read-meta">
                  {[
                    f.documentTitle ? `Its own title: “${f.documentTitle}”` : '',
                    f.documentDate ? `dated ${formatDate(f.documentDate)}` : '',
                    f.author ? `by ${f.author}` : '',
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              ) : null}
              {f.note ? <span className="import-note">{f.note}</span> : null}
              {f.format === 'pdf' ? (
                <Button
                  variant="link"
                  size="small"
                  aria-label={`Show in the viewer: ${f.name}`}
                  onPress={() => openViewer({ itemId: evidence.id, itemTitle: evidence.title, fileId: f.fileId, fileName: f.name, page: 1, query: '' })}
                >
                  Show in the viewer
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {details.attachments.length > 0 ? (
        <>
          <h4 className="read-subheading">Attachments of this email</h4>
          <ul className="read-links">
            {details.attachments.map((a) => (
              <li key={a.id}>
                <Button variant="link" size="small" onPress={() => void openItem(a.id)}>
                  {a.title}
                </Button>{' '}
                <span className="quiet">({a.name})</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {details.attachedTo.length > 0 ? (
        <>
          <h4 className="read-subheading">Attached to</h4>
          <ul className="read-links">
            {details.attachedTo.map((a) => (
              <li key={a.id}>
                <Button variant="link" size="small" onPress={() => void openItem(a.id)}>
                  {a.title}
                </Button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
