import { MantineProvider } from '@mantine/core';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { theme } from '../app/theme';

/** Renders a component as the app does: with the theme and a router for its links. */
export function renderInApp(element: ReactElement): RenderResult {
  return render(
    <MantineProvider theme={theme}>
      <MemoryRouter>{element}</MemoryRouter>
    </MantineProvider>,
  );
}
