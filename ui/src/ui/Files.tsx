import { useRef, useState, type DragEvent } from 'react';
import { strings } from '../strings';
import { ApiError, download, upload, type UploadedFile } from '../platform/api';
import { describeError } from '../platform/errors';
import { useSupportOptions } from '../platform/options';
import { Button } from './Button';
import styles from './Files.module.css';

/** A file on its way up (or up): what FileDrop reports to the form it sits in. */
export interface PendingFile {
  key: string;
  name: string;
  size: number;
  progress: number;
  uploaded: UploadedFile | null;
  error: string | null;
}

function plainSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function uploadError(error: unknown): string {
  if (error instanceof ApiError && error.code === 'PAYLOAD_TOO_LARGE') return strings.common.files.tooLarge;
  if (error instanceof ApiError && error.code === 'UNSUPPORTED_MEDIA_TYPE') return strings.common.files.unsupported;
  return describeError(error);
}

/**
 * Files by drag and drop or a file picker, each uploaded at once (POST /attachments) with a progress bar; 413 and 415
 * in plain words beside the file. The form names `files.filter(f => f.uploaded).map(f => f.uploaded.id)`.
 */
export function FileDrop({ files, onChange, label = strings.common.files.add }: { files: PendingFile[]; onChange: (update: (files: PendingFile[]) => PendingFile[]) => void; label?: string }) {
  const options = useSupportOptions();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);

  const add = (list: FileList | null) => {
    for (const file of Array.from(list ?? [])) {
      const key = `${file.name}-${file.size}-${Math.random().toString(36).slice(2)}`;
      onChange((current) => [...current, { key, name: file.name, size: file.size, progress: 0, uploaded: null, error: null }]);
      const patch = (change: Partial<PendingFile>) => onChange((current) => current.map((item) => (item.key === key ? { ...item, ...change } : item)));
      upload(options, file, (progress) => patch({ progress }))
        .then((uploaded) => patch({ uploaded, progress: 1 }))
        .catch((error) => patch({ error: uploadError(error) }));
    }
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    add(event.dataTransfer.files);
  };

  return (
    <div>
      <div
        className={[styles.drop, dragging ? styles.dragging : ''].join(' ')}
        onDragOver={(event) => { event.preventDefault(); setDragging(true); }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <span>{strings.common.files.dropHere}</span>
        <Button onClick={() => input.current?.click()}>{label}</Button>
        <input ref={input} type="file" multiple hidden onChange={(event) => { add(event.target.files); event.target.value = ''; }} aria-label={label} />
      </div>
      {files.length > 0 && (
        <ul className={styles.list} aria-label={strings.common.files.listLabel}>
          {files.map((file) => (
            <li key={file.key} className={styles.item}>
              <span className={styles.name}>{file.name}</span>
              <span className={styles.size}>{plainSize(file.size)}</span>
              {file.error ? (
                <span className={styles.error} role="alert">{file.error}</span>
              ) : file.uploaded ? (
                <span className={styles.done}>{strings.common.files.uploaded}</span>
              ) : (
                <progress max={1} value={file.progress} aria-label={strings.common.files.uploading(file.name)} />
              )}
              <Button variant="ghost" onClick={() => onChange((current) => current.filter((item) => item.key !== file.key))} aria-label={strings.common.files.remove(file.name)}>×</Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** True while a file is still uploading: the form waits before sending. */
export function stillUploading(files: PendingFile[]): boolean {
  return files.some((file) => !file.uploaded && !file.error);
}

export function uploadedIds(files: PendingFile[]): string[] {
  return files.flatMap((file) => (file.uploaded ? [file.uploaded.id] : []));
}

/** Files on a ticket or message: each downloads with the user's token (the API never serves them without one). */
export function AttachmentList({ attachments }: { attachments: { id: string; name: string; size: number; url: string }[] }) {
  const options = useSupportOptions();
  const [error, setError] = useState<string | null>(null);
  if (attachments.length === 0) return null;
  return (
    <div>
      <ul className={styles.list} aria-label={strings.common.files.attachedLabel}>
        {attachments.map((attachment) => (
          <li key={attachment.id} className={styles.item}>
            <Button variant="ghost" onClick={() => download(options, attachment.url, attachment.name).catch((reason) => setError(describeError(reason)))}>
              📎 {attachment.name}
            </Button>
            <span className={styles.size}>{plainSize(attachment.size)}</span>
          </li>
        ))}
      </ul>
      {error && <p className={styles.error} role="alert">{error}</p>}
    </div>
  );
}
