import { readDocument, type ContentType } from './read-document';
import { validateDescriptor, type DescriptorValidation } from './validate';

/** Reads a descriptor from YAML (the default; JSON is YAML too) or strict JSON text and validates it. */
export function parseDescriptor(text: string, contentType?: ContentType): DescriptorValidation {
  const read = readDocument(text, contentType);
  return read.ok ? validateDescriptor(read.value) : { ok: false, problems: [read.problem] };
}
