import type { Address } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { Field } from './ui.tsx';

export const EMPTY_ADDRESS: Address = {
  name: '',
  phone: '',
  line1: '',
  line2: '',
  city: '',
  province: '',
  postalCode: '',
  country: 'ID',
};

const KEYS = ['name', 'phone', 'line1', 'line2', 'city', 'province', 'postalCode'] as const;

/** The fields of a return address (a complaint's, or a shop's default). */
export function AddressFields({ address, onChange }: { address: Address; onChange: (a: Address) => void }) {
  const { m } = useI18n();
  return (
    <div className="grid-2">
      {KEYS.map((key) => (
        <Field key={key} label={m.actions.address[key]}>
          {(props) => (
            <input
              {...props}
              value={address[key] ?? ''}
              autoComplete={key === 'phone' ? 'tel' : key === 'postalCode' ? 'postal-code' : 'off'}
              onChange={(e) => onChange({ ...address, [key]: e.target.value })}
            />
          )}
        </Field>
      ))}
    </div>
  );
}

/** What the API takes: an empty second line is left out. */
export function addressBody(address: Address): Address {
  return { ...address, line2: address.line2?.trim() ? address.line2 : undefined };
}
