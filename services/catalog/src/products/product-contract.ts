import type { TableSchema } from '@mesh/descriptor';
import { z } from 'zod';

/**
 * The parts of a product descriptor the catalog reads: output ports and the contract's tables. Only this much is
 * checked, so that the catalog keeps working when the registry's descriptor grows.
 */
const descriptorShape = z
  .object({
    spec: z
      .object({
        outputPorts: z.array(
          z.object({ name: z.string(), type: z.string(), table: z.string().optional() }).passthrough(),
        ),
        contract: z
          .object({
            schema: z.array(
              z
                .object({
                  name: z.string(),
                  description: z.string().default(''),
                  fields: z.array(
                    z
                      .object({
                        name: z.string(),
                        type: z.string(),
                        description: z.string().default(''),
                        required: z.boolean().optional(),
                      })
                      .passthrough(),
                  ),
                })
                .passthrough(),
            ),
          })
          .passthrough(),
      })
      .passthrough(),
  })
  .passthrough();

export type ProductDescriptor = z.infer<typeof descriptorShape>;

export function readDescriptor(document: unknown): ProductDescriptor {
  return descriptorShape.parse(document);
}

/** The contract table of an output port: the port's `table`, else its name (portTable in @mesh/descriptor). */
export function contractOfPort(descriptor: ProductDescriptor, portName: string): TableSchema | null {
  const port = descriptor.spec.outputPorts.find((candidate) => candidate.name === portName);
  if (port === undefined) return null;
  const table = port.table ?? port.name;
  return descriptor.spec.contract.schema.find((schema) => schema.name === table) ?? null;
}
