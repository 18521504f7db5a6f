import { Progress } from '@mantine/core';

/** A labelled progress bar: the label goes on the element that has the progressbar role. */
export function ProgressBar({ value, label, color }: { value: number; label: string; color?: string }) {
  return (
    <Progress.Root>
      <Progress.Section value={value} color={color} aria-label={label} />
    </Progress.Root>
  );
}
