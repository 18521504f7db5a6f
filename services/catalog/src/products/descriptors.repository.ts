import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** Descriptors of proposed versions, kept until their version is published and its tables bound. */
@Injectable()
export class DescriptorsRepository {
  async put(manager: EntityManager, domain: string, product: string, version: string, descriptor: unknown) {
    await manager.query(
      `INSERT INTO product_descriptors (domain, product, version, descriptor) VALUES ($1, $2, $3, $4)
       ON CONFLICT (domain, product, version) DO UPDATE SET descriptor = $4`,
      [domain, product, version, JSON.stringify(descriptor)],
    );
  }

  async find(manager: EntityManager, domain: string, product: string, version: string): Promise<unknown> {
    const rows: { descriptor: unknown }[] = await manager.query(
      `SELECT descriptor FROM product_descriptors WHERE domain = $1 AND product = $2 AND version = $3`,
      [domain, product, version],
    );
    return rows[0]?.descriptor ?? null;
  }
}
