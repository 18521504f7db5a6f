import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ProductVersionRef } from '@mesh/contracts';
import { requireDomainWrite, toPage, type AuthenticatedPrincipal } from '@mesh/platform';
import type { DataSource, EntityManager } from 'typeorm';
import { QualityEvents, type Cause } from '../events/quality-events';
import { AlertError } from './alert.errors';
import type { AlertCondition, AlertView } from './alert.model';
import { AlertsRepository } from './alerts.repository';
import { alertCursorKey, type AlertsQuery } from './alerts.requests';

export interface AlertPage {
  items: AlertView[];
  /** The `cursor` of the next page; null on the last one. */
  nextCursor: string | null;
  /** How many alerts match the filters. */
  total: number;
}

/**
 * The alert lifecycle: raised (or re-raised, counted, on the one open alert of a product and rule), acknowledged
 * by the owning domain, resolved when the condition clears. Each step commits with its event.
 */
@Injectable()
export class AlertsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: AlertsRepository,
    private readonly events: QualityEvents,
  ) {}

  /** Opens an alert, announcing it; a repeat of an open alert only raises its count, so owners are told once. */
  async raise(manager: EntityManager, condition: AlertCondition, cause: Cause): Promise<AlertView> {
    const { alert, opened } = await this.repository.raise(manager, condition);
    if (opened) {
      await this.events.emit(
        manager,
        'quality.alert.raised',
        condition.product,
        {
          alertId: alert.id,
          product: condition.product,
          kind: condition.kind,
          severity: condition.severity,
          ruleId: condition.kind === 'quality' ? condition.ruleKey : null,
          message: condition.message,
        },
        cause,
      );
    }
    return alert;
  }

  /** Resolves the open alert of the rule, if any: the condition cleared (resolution null) or someone closed it. */
  async resolve(
    manager: EntityManager,
    product: { domain: string; name: string },
    ruleKey: string,
    cause: Cause,
    resolution: string | null = null,
  ): Promise<void> {
    const resolved = await this.repository.resolve(manager, product, ruleKey, resolution);
    if (resolved === null) return;
    await this.events.emit(
      manager,
      'quality.alert.resolved',
      product,
      {
        alertId: resolved.id,
        product: { domain: product.domain, name: product.name, version: resolved.version },
        resolution,
      },
      cause,
    );
  }

  /** Closes the alerts of a retired version: nobody is expected to fix what no consumer reads any more. */
  async resolveRetired(manager: EntityManager, ref: ProductVersionRef, cause: Cause): Promise<void> {
    for (const ruleKey of await this.repository.openOfVersion(manager, ref)) {
      await this.resolve(manager, ref, ruleKey, cause, `version ${ref.version} retired`);
    }
  }

  openKeys(manager: EntityManager, product: { domain: string; name: string }): Promise<Set<string>> {
    return this.repository.openKeys(manager, product);
  }

  open(domain: string, name: string): Promise<AlertView[]> {
    return this.repository.open(this.dataSource.manager, domain, name);
  }

  /** A page of the alerts across the mesh; one more row than the page holds tells whether another follows. */
  async list(reader: AuthenticatedPrincipal, query: AlertsQuery): Promise<AlertPage> {
    const manager = this.dataSource.manager;
    const filter = { ...query, reader };
    const [rows, total] = await Promise.all([
      this.repository.page(manager, filter, { after: query.cursor, limit: query.limit + 1 }),
      this.repository.count(manager, filter),
    ]);
    const page = toPage(rows, query.limit, (row) => alertCursorKey(row.cursor));
    return { items: page.items.map((row) => row.alert), nextCursor: page.nextCursor, total };
  }

  /** Someone of the owning domain takes the alert on; it stays open until its condition clears. */
  async acknowledge(actor: AuthenticatedPrincipal, id: string, note: string | null): Promise<AlertView> {
    return this.dataSource.transaction(async (manager) => {
      const alert = await this.repository.findForUpdate(manager, id);
      if (alert === null) throw new AlertError('alert_not_found', `no alert with id '${id}'`);
      requireDomainWrite(actor, alert.domain);
      if (alert.state === 'resolved') throw new AlertError('alert_resolved', `alert '${id}' is already resolved`);
      const acknowledged = await this.repository.acknowledge(manager, id, actor.id, note);
      await this.events.emit(
        manager,
        'quality.alert.acknowledged',
        alert,
        { alertId: id, product: { domain: alert.domain, name: alert.name, version: alert.version }, note },
        { actor: actor.id },
      );
      return acknowledged;
    });
  }
}
