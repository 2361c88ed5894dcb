import { persistentAtom } from '@nanostores/persistent';
import { useStore } from '@nanostores/preact';
import * as z from 'zod/mini';

const schema = z.object({ fields: z._default(z.record(z.string(), z.string()), {}) });
type Input = z.infer<typeof schema>;
const defaults = (): Input => ({ fields: { leads: '1' } });

const $input = persistentAtom<Input>('floor:validated', defaults(), {
  encode: (value) => JSON.stringify({ v: 1, data: value }),
  decode: (raw) => {
    try {
      const parsed = schema.safeParse(JSON.parse(raw).data);
      return parsed.success ? parsed.data : defaults();
    } catch {
      return defaults();
    }
  },
  listen: true,
});

/** The same input, its stored value validated with zod/mini when read. */
export default function Validated() {
  const input = useStore($input);
  const value = input.fields.leads ?? '';
  return (
    <label>
      Leads <input value={value} onInput={(event) => $input.set({ fields: { leads: event.currentTarget.value } })} />
      <output>{Number(value) * 2}</output>
    </label>
  );
}
