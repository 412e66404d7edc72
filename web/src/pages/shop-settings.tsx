import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, ApiError, ok } from '../api/client.ts';
import type { Address } from '../api/types.ts';
import { addressBody, AddressFields, EMPTY_ADDRESS } from '../components/address-fields.tsx';
import { ErrorMessage, Loading, Submit } from '../components/ui.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { useUser } from '../session.tsx';

/**
 * The shop's default return address: used by itself when a return starts, so the seller need not
 * give it on every complaint (and the buyer's 2×24 h to ship start at once).
 */
export default function ShopSettingsPage() {
  const user = useUser();
  const shopId = user.shopId ?? '';
  const current = useQuery({
    queryKey: ['shop-return-address', shopId],
    queryFn: async () => {
      try {
        return await ok(api.GET('/v1/shops/{shopId}/return-address', { params: { path: { shopId } } }));
      } catch (err) {
        // None set yet.
        if (err instanceof ApiError && err.problem.status === 404) return null;
        throw err;
      }
    },
  });
  if (current.isPending) return <Loading />;
  if (current.error) return <ErrorMessage error={current.error} />;
  return <ShopAddressForm shopId={shopId} saved={current.data} />;
}

function ShopAddressForm({ shopId, saved }: { shopId: string; saved: Address | null }) {
  const { m } = useI18n();
  const queryClient = useQueryClient();
  const [address, setAddress] = useState<Address>(saved ?? EMPTY_ADDRESS);
  const save = useMutation({
    mutationFn: () =>
      ok(
        api.PUT('/v1/shops/{shopId}/return-address', {
          params: { path: { shopId } },
          body: addressBody(address),
        }),
      ),
    onSuccess: (a) => queryClient.setQueryData(['shop-return-address', shopId], a),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <section className="page narrow">
      <h1>{m.shop.title}</h1>
      <p>{m.shop.intro}</p>
      <form className="card" onSubmit={submit}>
        <AddressFields address={address} onChange={setAddress} />
        {save.isSuccess && (
          <p className="ok-text" role="status">
            {m.actions.done}
          </p>
        )}
        <Submit error={save.error} disabled={save.isPending} label={m.save} />
      </form>
    </section>
  );
}
