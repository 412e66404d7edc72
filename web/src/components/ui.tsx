import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState, type ReactNode } from 'react';
import { ApiError, attachmentFile, attachmentUrl } from '../api/client.ts';
import type { Status } from '../api/types.ts';
import { useNow } from '../clock.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { formatDateTime, formatDuration, formatMoney, urgency } from '../lib/format.ts';

/** Any error as a readable message in the user's language, with the fields or evidence it names. */
export function ErrorMessage({ error }: { error: unknown }) {
  const { m } = useI18n();
  if (!error) return null;
  let text = m.errors.unknown;
  let fields: string[] = [];
  let missing: string[] = [];
  if (error instanceof ApiError) {
    const { code, errors, missing: gaps } = error.problem;
    text =
      code === 'network_error' ? m.errors.network : (m.errors.codes[code] ?? error.problem.detail ?? text);
    // The server names fields by path (body/phone); say which one in the user's words.
    fields = [
      ...new Set(
        (errors ?? []).map((e) => {
          const name =
            e.path
              .split('/')
              .filter((p) => !/^[0-9]+$/.test(p))
              .at(-1) ?? '';
          return m.errors.fieldInvalid(m.fields[name] ?? name);
        }),
      ),
    ];
    missing = (gaps ?? []).map(
      (g) => `${m.evidence.need(g.min - g.have, g.anyOf.map((k) => m.evidence.kinds[k] ?? k).join(' / '))}`,
    );
  }
  return (
    <div className="error" role="alert">
      <strong>{m.errors.title}.</strong> {text}
      {fields.length > 0 && (
        <ul>
          {fields.map((f) => (
            <li key={f}>{f}</li>
          ))}
        </ul>
      )}
      {missing.length > 0 && (
        <>
          <div>{m.errors.missing}</div>
          <ul>
            {missing.map((f) => (
              <li key={f}>{f}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

export function Money({ amount, currency = 'IDR' }: { amount: number; currency?: string }) {
  const { lang } = useI18n();
  return <span className="money">{formatMoney(amount, currency, lang)}</span>;
}

export function DateTime({ iso }: { iso: string }) {
  const { lang } = useI18n();
  return <time dateTime={iso}>{formatDateTime(iso, lang)}</time>;
}

/** "2 jam 5 menit lagi", coloured by urgency, counting on the server's clock. */
export function Countdown({ dueAt }: { dueAt: string }) {
  const { m, lang } = useI18n();
  const now = useNow(1000);
  const left = Date.parse(dueAt) - now;
  const level = urgency(left);
  const words = formatDuration(left, m.countdown);
  return (
    <span className={`countdown countdown-${level}`} title={formatDateTime(dueAt, lang)}>
      {left > 0 ? m.countdown.left(words) : m.countdown.ago(words)}
    </span>
  );
}

export function StatusBadge({ status }: { status: Status }) {
  const { m } = useI18n();
  const tone =
    status === 'resolved' ? 'ok' : status === 'closed' ? 'muted' : status === 'escalated' ? 'warn' : 'info';
  return <span className={`badge badge-${tone}`}>{m.status[status] ?? status}</span>;
}

export function Loading() {
  const { m } = useI18n();
  return (
    <p className="loading" role="status">
      {m.loading}
    </p>
  );
}

/** A labelled form field whose label, hint and error are wired to the input for screen readers. */
export function Field({
  label,
  hint,
  children,
}: {
  label: string;
  hint?: string | undefined;
  children: (props: { id: string; 'aria-describedby'?: string }) => ReactNode;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children(hint ? { id, 'aria-describedby': hintId } : { id })}
      {hint && (
        <small id={hintId} className="hint">
          {hint}
        </small>
      )}
    </div>
  );
}

/** The end of a form: what the server refused, if anything, then the submit button. */
export function Submit({
  error,
  disabled,
  label,
  variant,
}: {
  error: unknown;
  disabled: boolean;
  label: string;
  variant?: 'secondary' | 'danger';
}) {
  return (
    <>
      <ErrorMessage error={error} />
      <button type="submit" className={variant ? `button ${variant}` : 'button'} disabled={disabled}>
        {label}
      </button>
    </>
  );
}

/** A labelled multi-line text field that keeps what is typed. */
export function TextArea({
  label,
  value,
  onChange,
  rows = 3,
  maxLength,
  placeholder,
  hint,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  rows?: number;
  maxLength?: number;
  placeholder?: string;
  hint?: string;
}) {
  return (
    <Field label={label} hint={hint}>
      {(props) => (
        <textarea
          {...props}
          rows={rows}
          maxLength={maxLength}
          placeholder={placeholder}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}

/** An evidence picture: the thumbnail, loaded with the user's credentials. */
export function AttachmentImage({ id, alt }: { id: string; alt: string }) {
  const { data: url, error } = useQuery({
    queryKey: ['attachment', id, 'thumbnail'],
    queryFn: () => attachmentUrl(id, 'thumbnail'),
    staleTime: Infinity,
    gcTime: 10 * 60_000,
  });
  if (error) return <span className="thumb thumb-missing">{alt}</span>;
  if (!url) return <span className="thumb thumb-loading" aria-hidden="true" />;
  return <img className="thumb" src={url} alt={alt} loading="lazy" width={160} height={120} />;
}

/**
 * An evidence video, or a file that may be one (evidence of kind "other"): its poster first, the
 * file itself only when asked, shown as a video or a picture by its content type.
 */
export function AttachmentVideo({ id, label }: { id: string; label: string }) {
  const [file, setFile] = useState<{ url: string; type: string } | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => () => (file ? URL.revokeObjectURL(file.url) : undefined), [file]);
  if (file?.type.startsWith('video/'))
    return <video className="video" src={file.url} controls autoPlay aria-label={label} />;
  if (file) return <img className="full" src={file.url} alt={label} />;
  return (
    <>
      <button
        type="button"
        className="video-poster"
        aria-label={label}
        onClick={() => attachmentFile(id).then(setFile, setError)}
      >
        <AttachmentImage id={id} alt="" />
        <span className="play" aria-hidden="true">
          ▶
        </span>
      </button>
      {error ? <ErrorMessage error={error} /> : null}
    </>
  );
}
