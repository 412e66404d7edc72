import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { api, ok, uploadFile } from '../api/client.ts';
import type { Complaint, EvidenceKind } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { ErrorMessage, Field, Submit, TextArea } from './ui.tsx';
import { useCommand } from './use-command.ts';

const KINDS: EvidenceKind[] = [
  'product_photo',
  'packaging_photo',
  'unboxing_video',
  'chronology',
  'invoice',
  'shipping_label',
  'other',
];

/** What a kind of evidence takes: a written chronology, a video, or a photo ('other': either). */
function mediaOf(kind: EvidenceKind): 'text' | 'video' | 'photo' | 'any' {
  if (kind === 'chronology') return 'text';
  if (kind === 'unboxing_video') return 'video';
  if (kind === 'other') return 'any';
  return 'photo';
}

const ACCEPT = {
  photo: 'image/jpeg,image/png,image/webp',
  video: 'video/mp4',
  any: 'image/jpeg,image/png,image/webp,video/mp4',
};

/**
 * Adding evidence: the checklist of what the category still needs, a file with its preview and
 * upload progress (or a written chronology), and — for the buyer while filing — submitting it.
 */
export function EvidencePanel({
  complaint,
  onChange,
  onSubmitted,
}: {
  complaint: Complaint;
  onChange?: (c: Complaint) => void;
  onSubmitted?: (c: Complaint) => void;
}) {
  const { m } = useI18n();
  const firstNeeded = complaint.evidenceChecklist.find((c) => !c.satisfied)?.anyOf[0] as
    EvidenceKind | undefined;
  const [kind, setKind] = useState<EvidenceKind>(firstNeeded ?? 'product_photo');
  const [file, setFile] = useState<File | null>(null);
  const [text, setText] = useState('');
  const [progress, setProgress] = useState<number | null>(null);
  const [inputKey, setInputKey] = useState(0);
  const media = mediaOf(kind);
  const attach = useCommand(complaint.id, (c) => {
    onChange?.(c);
    setFile(null);
    setText('');
    setInputKey((k) => k + 1);
    const next = c.evidenceChecklist.find((x) => !x.satisfied)?.anyOf[0] as EvidenceKind | undefined;
    if (next) setKind(next);
  });
  const submit = useCommand(complaint.id, (c) => {
    onChange?.(c);
    onSubmitted?.(c);
  });

  const preview = useMemo(() => (file ? URL.createObjectURL(file) : null), [file]);
  useEffect(() => () => (preview ? URL.revokeObjectURL(preview) : undefined), [preview]);

  const add = (e: FormEvent) => {
    e.preventDefault();
    attach.mutate(async () => {
      if (media === 'text') {
        return ok(
          api.POST('/v1/complaints/{id}/evidence', {
            params: { path: { id: complaint.id } },
            body: { kind, text },
          }),
        );
      }
      if (!file) throw new Error('no file');
      setProgress(0);
      try {
        const upload = await uploadFile(file, setProgress);
        return await ok(
          api.POST('/v1/complaints/{id}/evidence', {
            params: { path: { id: complaint.id } },
            body: { kind, attachmentId: upload.attachmentId },
          }),
        );
      } finally {
        setProgress(null);
      }
    });
  };

  const canSubmit = complaint.allowedActions.includes('submit_evidence');
  const missing = complaint.evidenceChecklist.filter((c) => !c.satisfied);
  return (
    <section className="card" aria-labelledby="evidence-title">
      <h2 id="evidence-title">{m.evidence.title}</h2>
      <h3>{m.evidence.checklist}</h3>
      {missing.length === 0 ? <p className="ok-text">{m.evidence.checklistDone}</p> : null}
      <ul className="plain checklist">
        {complaint.evidenceChecklist.map((item) => (
          <li key={item.anyOf.join('|')} className={item.satisfied ? 'done' : 'todo'}>
            <span aria-hidden="true">{item.satisfied ? '✓' : '○'}</span>{' '}
            {item.anyOf.map((k) => m.evidence.kinds[k] ?? k).join(' / ')}{' '}
            <span className="muted">
              {m.evidence.have(Math.min(item.have, item.min), item.min)}
              {item.minTextLength ? ` · ${m.evidence.minText(item.minTextLength)}` : ''}
            </span>
          </li>
        ))}
      </ul>
      <form onSubmit={add} noValidate className="evidence-form">
        <Field label={m.evidence.kind}>
          {(props) => (
            <select {...props} value={kind} onChange={(e) => setKind(e.target.value as EvidenceKind)}>
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {m.evidence.kinds[k]}
                </option>
              ))}
            </select>
          )}
        </Field>
        {media === 'text' ? (
          <TextArea label={m.evidence.text} value={text} onChange={setText} rows={5} maxLength={10000} />
        ) : (
          <Field label={m.evidence.file}>
            {(props) => (
              <input
                {...props}
                key={inputKey}
                type="file"
                accept={ACCEPT[media]}
                onChange={(e) => setFile(e.target.files?.[0] ?? null)}
              />
            )}
          </Field>
        )}
        {preview && file && (
          <div className="preview">
            {file.type.startsWith('video/') ? (
              <video src={preview} controls muted aria-label={file.name} />
            ) : (
              <img src={preview} alt={file.name} />
            )}
          </div>
        )}
        {progress !== null && (
          <div className="progress">
            <progress
              value={progress}
              max={1}
              aria-label={m.evidence.uploading(Math.round(progress * 100))}
            />
            <span>{m.evidence.uploading(Math.round(progress * 100))}</span>
          </div>
        )}
        <Submit
          error={attach.error}
          disabled={attach.isPending || (media === 'text' ? !text.trim() : !file)}
          label={m.evidence.add}
          variant="secondary"
        />
      </form>
      {canSubmit && (
        <div className="submit-evidence">
          <ErrorMessage error={submit.error} />
          <button
            type="button"
            className="button"
            disabled={submit.isPending}
            onClick={() =>
              submit.mutate(() =>
                ok(
                  api.POST('/v1/complaints/{id}/evidence/submit', {
                    params: { path: { id: complaint.id } },
                    body: {},
                  }),
                ),
              )
            }
          >
            {m.evidence.submit}
          </button>
        </div>
      )}
    </section>
  );
}
