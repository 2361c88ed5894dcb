import { persistentAtom } from '@nanostores/persistent';
import { useStore } from '@nanostores/preact';
import * as v from 'valibot';

const schema = v.object({ fields: v.optional(v.record(v.string(), v.string()), () => ({})) });
type Input = v.InferOutput<typeof schema>;
const defaults = (): Input => ({ fields: { leads: '1' } });

const $input = persistentAtom<Input>('floor:validated', defaults(), {
  encode: (value) => JSON.stringify({ v: 1, data: value }),
  decode: (raw) => {
    try {
      const parsed = v.safeParse(schema, JSON.parse(raw).data);
      return parsed.success ? parsed.output : defaults();
    } catch {
      return defaults();
    }
  },
  listen: true,
});

/** The same input, its stored value validated with valibot when read. */
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
