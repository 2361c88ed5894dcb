import { useState } from 'preact/hooks';

/** A labelled number input and its result: a calculator with nothing behind it. */
export default function Island() {
  const [value, setValue] = useState('1');
  return (
    <label>
      Leads <input value={value} onInput={(event) => setValue(event.currentTarget.value)} />
      <output>{Number(value) * 2}</output>
    </label>
  );
}
