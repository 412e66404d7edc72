import type { Complaint } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { AttachmentImage, AttachmentVideo } from './ui.tsx';

type Item = Complaint['evidence'][number];

/** The evidence side by side: the buyer's, the seller's (and Customer Care's), photos and videos. */
export function EvidenceGallery({ complaint }: { complaint: Complaint }) {
  const { m } = useI18n();
  const sides: { key: string; title: string; items: Item[] }[] = [
    { key: 'buyer', title: m.evidence.buyerSide, items: complaint.evidence.filter((e) => e.by === 'buyer') },
    {
      key: 'seller',
      title: m.evidence.sellerSide,
      items: complaint.evidence.filter((e) => e.by === 'seller'),
    },
    { key: 'agent', title: m.evidence.agentSide, items: complaint.evidence.filter((e) => e.by === 'agent') },
  ].filter((s) => s.key !== 'agent' || s.items.length > 0);
  return (
    <section className="card" aria-labelledby="gallery-title">
      <h2 id="gallery-title">{m.evidence.gallery}</h2>
      <div className="gallery-sides">
        {sides.map((side) => (
          <section key={side.key} aria-label={side.title}>
            <h3>{side.title}</h3>
            {side.items.length === 0 ? (
              <p className="muted">{m.evidence.noEvidence}</p>
            ) : (
              <ul className="plain gallery">
                {side.items.map((e) => (
                  <li key={e.id}>
                    <EvidenceItem item={e} who={m.roles[e.by] ?? e.by} />
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
      </div>
    </section>
  );
}

export function EvidenceItem({ item, who }: { item: Item; who: string }) {
  const { m } = useI18n();
  const label = m.evidence.photo(m.evidence.kinds[item.kind] ?? item.kind, who);
  return (
    <figure className="evidence">
      {item.attachmentId ? (
        item.kind === 'unboxing_video' || item.kind === 'other' ? (
          // "other" may be a photo or a video: opened on demand, shown by its type.
          <AttachmentVideo
            id={item.attachmentId}
            label={
              item.kind === 'other' ? `${m.evidence.openFull}: ${label}` : `${m.evidence.video}: ${label}`
            }
          />
        ) : (
          <AttachmentImage id={item.attachmentId} alt={label} />
        )
      ) : (
        <blockquote>{item.text}</blockquote>
      )}
      <figcaption>
        {m.evidence.kinds[item.kind] ?? item.kind}
        {item.forAppeal ? ` · ${m.evidence.appeal}` : ''}
      </figcaption>
    </figure>
  );
}
