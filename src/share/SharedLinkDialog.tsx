import { useEffect, useRef } from 'react';
import { useShareLink } from '../store/share-link-store';

/** Asks before a shared link replaces different work, and reports what happened to links and files. */
export function SharedLinkDialog() {
  const offer = useShareLink((s) => s.offer);
  const notice = useShareLink((s) => s.notice);
  const { accept, decline, restoreBackup, dismiss } = useShareLink();
  const dialogRef = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (offer && dialog && !dialog.open) dialog.showModal();
  }, [offer]);

  return (
    <>
      {offer && (
        // Escape closes a modal <dialog>: that keeps the user's work, the safe choice.
        <dialog ref={dialogRef} className="share-dialog" aria-labelledby="share-dialog-title" onClose={() => useShareLink.getState().offer && decline()}>
          <h2 id="share-dialog-title">Open the shared scenario?</h2>
          <p>
            The link holds “{offer.name}” ({offer.nodeCount} nodes, {offer.linkCount} links).
            Your current work, “{offer.currentName}”, is kept in an automatic backup that you can restore afterwards.
          </p>
          <div className="share-dialog__actions">
            <button type="button" className="button--primary" onClick={accept}>Open the shared scenario</button>
            <button type="button" onClick={decline}>Keep my work</button>
          </div>
        </dialog>
      )}
      {notice && (
        <div className={`share-notice share-notice--${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'} data-testid="share-notice">
          {notice.kind === 'opened' && <p>Opened the shared scenario “{notice.name}”.{notice.hasBackup && ' Your previous work is kept in a backup.'}</p>}
          {notice.kind === 'opened' && notice.hasBackup && <button type="button" onClick={() => void restoreBackup()}>Restore my previous work</button>}
          {notice.kind === 'restored' && <p>Your previous work is back.</p>}
          {notice.kind === 'error' && <p>{notice.message} Nothing was opened; your saved work is unchanged.</p>}
          {notice.kind === 'info' && <p>{notice.message}</p>}
          <button type="button" onClick={dismiss}>Dismiss</button>
        </div>
      )}
    </>
  );
}
