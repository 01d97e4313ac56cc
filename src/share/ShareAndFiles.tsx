import { lazy, Suspense, useEffect, useState } from 'react';
import { useSession } from '../store/session-store';
import { FileDrop } from './FileDrop';
import { SharedLinkDialog } from './SharedLinkDialog';
import './share.css';

// Loaded when first opened (or hovered): the QR encoder and the image exporter need not delay the first chart sample.
const loadSharePanel = () => import('./SharePanel');
const loadFilesMenu = () => import('./FilesMenu');
const SharePanel = lazy(() => loadSharePanel().then((m) => ({ default: m.SharePanel })));
const FilesMenu = lazy(() => loadFilesMenu().then((m) => ({ default: m.FilesMenu })));

/** The header's Share and Files buttons, the read-only badge, and the page-wide link dialog and file drop. */
export function ShareAndFiles() {
  const [open, setOpen] = useState<'share' | 'files' | null>(null);
  const readOnly = useSession((s) => s.readOnly);
  // A teacher's class link that hides tools keeps its lock too: no "Edit a copy" (docs/share-format.md).
  const classLink = useSession((s) => s.hiddenTools.length > 0);
  const filesHidden = useSession((s) => s.hiddenTools.includes('files'));
  useEffect(() => {
    // Lets CSS dim editing controls that do not read the flag themselves.
    if (readOnly) document.documentElement.dataset.readonly = '';
    else delete document.documentElement.dataset.readonly;
  }, [readOnly]);
  const toggle = (which: 'share' | 'files') => setOpen((o) => (o === which ? null : which));
  return (
    <div className="share-tools">
      {readOnly && (
        <span className="share-tools__readonly" data-testid="read-only-badge">
          {classLink ? 'Locked by the teacher' : 'Read-only'}
          {!classLink && <button type="button" onClick={() => useSession.getState().setReadOnly(false)}>Edit a copy</button>}
        </span>
      )}
      {!filesHidden && (
        <>
          <button type="button" aria-expanded={open === 'share'} onClick={() => toggle('share')} onPointerEnter={loadSharePanel} onFocus={loadSharePanel}>Share</button>
          <button type="button" aria-expanded={open === 'files'} onClick={() => toggle('files')} onPointerEnter={loadFilesMenu} onFocus={loadFilesMenu}>Files</button>
          <Suspense fallback={null}>
            {open === 'share' && <SharePanel onClose={() => setOpen(null)} />}
            {open === 'files' && <FilesMenu onClose={() => setOpen(null)} />}
          </Suspense>
        </>
      )}
      <SharedLinkDialog />
      <FileDrop />
    </div>
  );
}
