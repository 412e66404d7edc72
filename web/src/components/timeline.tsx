import { memo } from 'react';
import type { TimelineEvent } from '../api/types.ts';
import type { Messages } from '../i18n/messages.ts';
import { useI18n } from '../i18n/i18n.tsx';
import type { SessionUser } from '../session.tsx';
import { AttachmentImage, DateTime, Money } from './ui.tsx';

interface Props {
  events: TimelineEvent[];
  me: SessionUser;
  currency: string;
}

/** The complaint's story like a chat: messages as bubbles, proposals and decisions as cards, the rest as notes. */
export function Timeline({ events, me, currency }: Props) {
  const { m } = useI18n();
  return (
    <ol className="timeline" aria-label={m.complaint.timeline}>
      {events.map((e) => (
        <EventRow key={e.id} event={e} me={me} currency={currency} />
      ))}
    </ol>
  );
}

function isMine(e: TimelineEvent, me: SessionUser): boolean {
  const role = me.role === 'admin' ? 'agent' : me.role;
  return e.actor.role === role && (role !== 'agent' || e.actor.id === me.userId);
}

function actorName(e: TimelineEvent, me: SessionUser, m: Messages): string {
  if (isMine(e, me)) return m.you;
  const role = m.roles[e.actor.role] ?? e.actor.role;
  return e.actor.role === 'agent' && e.actor.id ? `${role} (${e.actor.id})` : role;
}

type Data = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' ? v : '');

function SolutionText({ solution, currency }: { solution: unknown; currency: string }) {
  const { m } = useI18n();
  const s = solution as { type?: string; amount?: number } | undefined;
  if (!s?.type) return null;
  return (
    <>
      {m.solution[s.type] ?? s.type}
      {s.amount !== undefined && (
        <>
          {' '}
          <Money amount={s.amount} currency={currency} />
        </>
      )}
    </>
  );
}

const EventRow = memo(function EventRow({
  event: e,
  me,
  currency,
}: {
  event: TimelineEvent;
  me: SessionUser;
  currency: string;
}) {
  const { m } = useI18n();
  const data = e.data as Data;
  const who = actorName(e, me, m);
  const mine = isMine(e, me);
  const time = <DateTime iso={e.occurredAt} />;

  if (e.type === 'message_posted' || e.type === 'note_added') {
    const internal = e.type === 'note_added';
    const attachments = Array.isArray(data.attachmentIds) ? (data.attachmentIds as string[]) : [];
    return (
      <li className={`bubble ${mine ? 'mine' : 'theirs'} ${internal ? 'internal' : ''} by-${e.actor.role}`}>
        <div className="bubble-head">
          <strong>{who}</strong>{' '}
          {internal && <span className="badge badge-warn">{m.complaint.internal}</span>} {time}
        </div>
        <p>{str(data.body)}</p>
        {attachments.length > 0 && (
          <ul className="plain gallery">
            {attachments.map((id) => (
              <li key={id}>
                <AttachmentImage id={id} alt={m.evidence.photo(m.evidence.kinds.other ?? '', who)} />
              </li>
            ))}
          </ul>
        )}
      </li>
    );
  }
  if (e.type === 'proposal_made' || e.type === 'decision_made' || e.type === 'complaint_filed') {
    const title =
      e.type === 'decision_made'
        ? m.complaint.decision
        : e.type === 'complaint_filed'
          ? `${who} ${m.event.complaint_filed}`
          : `${who} ${m.event.proposal_made}`;
    return (
      <li className={`event-card ${e.type === 'decision_made' ? 'decision' : ''}`}>
        <div className="bubble-head">
          <strong>{title}</strong> {time}
        </div>
        {e.type === 'complaint_filed' ? (
          <p>
            <strong>{m.category[str(data.category)] ?? str(data.category)}</strong> — {str(data.description)}
          </p>
        ) : (
          <p>
            <SolutionText solution={data.solution} currency={currency} />
            {str(data.reason) && <> — {str(data.reason)}</>}
          </p>
        )}
      </li>
    );
  }
  if (e.type === 'evidence_added') {
    const kind = str(data.kind);
    const attachmentId = str(data.attachmentId);
    return (
      <li className={`event ${mine ? 'mine' : ''}`}>
        <span>
          <strong>{who}</strong> {m.event.evidence_added}: {m.evidence.kinds[kind] ?? kind} {time}
        </span>
        {attachmentId && kind !== 'unboxing_video' && (
          <AttachmentImage id={attachmentId} alt={m.evidence.photo(m.evidence.kinds[kind] ?? kind, who)} />
        )}
      </li>
    );
  }
  if (e.type === 'settled') {
    const settlement = data.settlement as { buyerRefund?: number } | undefined;
    return (
      <li className="event-card settled">
        <div className="bubble-head">
          <strong>{m.event.settled}</strong> {time}
        </div>
        <p>
          {m.outcome[str(data.outcome)] ?? str(data.outcome)}
          {settlement?.buyerRefund ? (
            <>
              {' · '}
              {m.settlement.buyerRefund}: <Money amount={settlement.buyerRefund} currency={currency} />
            </>
          ) : null}
        </p>
      </li>
    );
  }
  // Everything else is a line of its own: who did what, why, and when.
  const text = m.event[e.type] ?? e.type.replaceAll('_', ' ');
  // A text that is a sentence of its own ("A deadline passed") has no subject; the others get the actor.
  const isSentence = /^[A-Z]/.test(text);
  let detail = str(data.reason) || str(data.note);
  // Reasons Sepakat worded itself come with a code: say them in the reader's language.
  const code = str(data.reasonCode);
  if (code === 'inspection_rejected')
    detail = m.escalationReason.inspection_rejected(detail.replace(/^[^:]*:\s*/, ''));
  else if (code in m.escalationReason) detail = m.escalationReason[code as 'no_new_proposal'];
  if (e.type === 'status_changed') detail = m.status[str(data.to)] ?? str(data.to);
  if (e.type === 'deadline_expired' || e.type === 'sla_breached' || e.type === 'deadline_extended')
    detail = [m.deadline[str(data.kind)] ?? str(data.kind), detail].filter(Boolean).join(' — ');
  if (e.type === 'return_shipped' || e.type === 'seller_shipped')
    detail = `${str(data.courier).toUpperCase()} ${str(data.trackingNumber)}`;
  return (
    <li
      className={`event ${e.type === 'status_changed' ? 'status' : ''} ${e.visibility === 'agents' ? 'internal' : ''}`}
    >
      <span>
        {isSentence ? (
          <strong>{text}</strong>
        ) : (
          <>
            <strong>{who}</strong> {text}
          </>
        )}
        {(e.type === 'proposal_accepted' || e.type === 'proposal_rejected') && (
          <>
            {': '}
            <SolutionText solution={data.solution} currency={currency} />
          </>
        )}
        {detail && <>: {detail}</>} {time}
      </span>
    </li>
  );
});
