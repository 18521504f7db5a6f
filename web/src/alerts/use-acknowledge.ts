import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useMutation } from 'urql';
import { AcknowledgeAlertMutation } from './alerts.graphql';

/** Acknowledges an alert, and says so when the mutation is refused (e.g. the caller is not the domain's). */
export function useAcknowledge() {
  const [, acknowledge] = useMutation(AcknowledgeAlertMutation);
  const [pending, setPending] = useState<string | null>(null);
  const run = async (id: string) => {
    setPending(id);
    const result = await acknowledge({ id });
    setPending(null);
    if (result.error) {
      notifications.show({ color: 'red', title: 'Not acknowledged', message: result.error.message });
    }
  };
  return { acknowledge: run, acknowledging: pending };
}
