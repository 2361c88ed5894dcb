import { persistentAtom } from '@nanostores/persistent';
import { useStore } from '@nanostores/preact';

const $value = persistentAtom<string>('floor:persisted', '1', { listen: true });

/** The same input, kept in localStorage through nanostores and followed across tabs. */
export default function Persisted() {
  const value = useStore($value);
  return (
    <label>
      Leads <input value={value} onInput={(event) => $value.set(event.currentTarget.value)} />
      <output>{Number(value) * 2}</output>
    </label>
  );
}
