/** Notification texts in Indonesian (default) and English, rendered at read time in the reader's language. */
export type Locale = 'id' | 'en';

const DEADLINES: Record<string, { id: string; en: string }> = {
  evidence_submission: { id: 'Lengkapi bukti komplain', en: 'Complete the complaint’s evidence' },
  seller_response: { id: 'Tanggapi komplain pembeli', en: 'Answer the buyer’s complaint' },
  proposal_response: { id: 'Tanggapi tawaran solusi', en: 'Answer the proposed solution' },
  renegotiation: { id: 'Ajukan solusi baru', en: 'Propose a new solution' },
  agent_response: { id: 'Tanggapi komplain yang dieskalasi', en: 'Answer the escalated complaint' },
  agent_decision: { id: 'Putuskan komplain', en: 'Decide the complaint' },
  evidence_request: {
    id: 'Kirim bukti yang diminta Tokolink Care',
    en: 'Send the evidence Customer Care asked for',
  },
  appeal_window: { id: 'Masa banding berjalan', en: 'The appeal window is open' },
  return_address: { id: 'Berikan alamat retur', en: 'Give the return address' },
  return_shipment: {
    id: 'Kirim barang retur dan masukkan resi',
    en: 'Ship the return and enter its tracking number',
  },
  return_transit: { id: 'Barang retur dalam perjalanan', en: 'The return is on its way' },
  return_inspection: { id: 'Periksa barang retur', en: 'Inspect the returned item' },
  seller_shipment: { id: 'Kirim barang pengganti', en: 'Ship the replacement' },
  seller_shipment_transit: { id: 'Barang pengganti dalam perjalanan', en: 'The replacement is on its way' },
  seller_shipment_confirmation: {
    id: 'Konfirmasi barang sudah diterima',
    en: 'Confirm you received the item',
  },
};

const OUTCOMES: Record<string, { id: string; en: string }> = {
  refund: { id: 'Komplain selesai: dana dikembalikan', en: 'Complaint resolved: refunded' },
  shipping_refund: {
    id: 'Komplain selesai: ongkos kirim dikembalikan',
    en: 'Complaint resolved: shipping refunded',
  },
  return_refund: {
    id: 'Komplain selesai: retur dan refund',
    en: 'Complaint resolved: returned and refunded',
  },
  exchange: { id: 'Komplain selesai: barang ditukar', en: 'Complaint resolved: exchanged' },
  missing_items_sent: {
    id: 'Komplain selesai: kekurangan barang dikirim',
    en: 'Complaint resolved: missing items sent',
  },
  resent: { id: 'Komplain selesai: pesanan dikirim ulang', en: 'Complaint resolved: order resent' },
  seller_unresponsive: {
    id: 'Komplain selesai: penjual tidak menanggapi, dana dikembalikan',
    en: 'Complaint resolved: the seller did not answer, refunded',
  },
  withdrawn: { id: 'Komplain dibatalkan', en: 'Complaint withdrawn' },
  expired_no_evidence: {
    id: 'Komplain ditutup: bukti tidak dilengkapi',
    en: 'Complaint closed: evidence not completed',
  },
  expired_no_return: {
    id: 'Komplain ditutup: barang tidak diretur',
    en: 'Complaint closed: the item was not returned',
  },
  closed_by_agent: { id: 'Komplain ditutup oleh Tokolink Care', en: 'Complaint closed by Customer Care' },
};

function rupiah(amount: number, currency: string, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'id' ? 'id-ID' : 'en-US', {
    style: 'currency',
    currency,
    maximumFractionDigits: 0,
  }).format(amount);
}

function when(iso: string, locale: Locale): string {
  return (
    new Intl.DateTimeFormat(locale === 'id' ? 'id-ID' : 'en-GB', {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: 'Asia/Jakarta',
    }).format(new Date(iso)) + ' WIB'
  );
}

export function renderNotification(
  kind: string,
  params: Record<string, unknown>,
  locale: Locale,
): { title: string; body: string } {
  const t = (id: string, en: string) => (locale === 'id' ? id : en);
  switch (kind) {
    case 'action_needed':
    case 'reminder': {
      const label = DEADLINES[String(params.deadlineKind)] ?? {
        id: 'Ada yang perlu Anda lakukan',
        en: 'Something needs you',
      };
      const due = when(String(params.dueAt), locale);
      const title =
        kind === 'reminder' ? t(`Pengingat: ${label.id}`, `Reminder: ${label.en}`) : label[locale];
      return { title, body: t(`Batas waktu: ${due}.`, `Due by ${due}.`) };
    }
    case 'outcome': {
      const label = OUTCOMES[String(params.outcome)] ?? { id: 'Komplain selesai', en: 'Complaint finished' };
      const refund = Number(params.buyerRefund ?? 0);
      const body =
        refund > 0
          ? t(
              `Dana ${rupiah(refund, String(params.currency ?? 'IDR'), locale)} masuk ke Saldo Refund.`,
              `${rupiah(refund, String(params.currency ?? 'IDR'), locale)} goes to the refund balance.`,
            )
          : '';
      return { title: label[locale], body };
    }
    case 'message':
      return {
        title: t(
          params.from === 'seller' ? 'Pesan baru dari penjual' : 'Pesan baru dari pembeli',
          params.from === 'seller' ? 'New message from the seller' : 'New message from the buyer',
        ),
        body: String(params.body ?? ''),
      };
    default:
      return { title: kind, body: '' };
  }
}

/** The reader's language: `?locale=`, else Accept-Language, else Indonesian. */
export function localeOf(explicit: string | undefined, acceptLanguage: string | undefined): Locale {
  if (explicit === 'en' || explicit === 'id') return explicit;
  const first = acceptLanguage?.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'id';
}
