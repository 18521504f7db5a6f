import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { MeshEvent } from '@mesh/contracts';
import { Outbox } from '@mesh/messaging';
import {
  ApiError,
  requireDomainWrite,
  SERVICE_NAME,
  type AuthenticatedPrincipal,
  type ProblemDetail,
} from '@mesh/platform';
import type { DataSource } from 'typeorm';
import { LineageError } from '../lineage.errors';
import { ProductLineageService } from '../products/product-lineage.service';
import { ProductsRepository, type ProductEdge } from '../products/products.repository';
import { IngestRows } from './ingest-rows';
import { IngestionRepository } from './ingestion.repository';
import type { OpenLineageEvent } from './openlineage-event';
import { OpenLineageValidator } from './openlineage-validator';
import { PortIndex } from './product-rollup';

/** What became of one event of a batch. */
export interface EventOutcome {
  index: number;
  status: number;
  accepted: boolean;
  error?: { code: string; message: string; details?: ProblemDetail[] };
}

/** Concurrent ingestions touching the same jobs and datasets can deadlock despite sorted rows; one retry settles it. */
const DEADLOCK = '40P01';
const ATTEMPTS = 3;
/** Rolls back a transaction whose statement missed a concurrently inserted dataset, to run it again. */
const INCOMPLETE = new Error('incomplete write');

/**
 * OpenLineage ingestion: validation, authorization against the domains whose product data an event writes, then
 * one transaction that stores the graph rows and queues the events the runs cause (product edges, data published,
 * quality results) in the outbox.
 */
@Injectable()
export class IngestionService {
  private readonly validator = new OpenLineageValidator();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: IngestionRepository,
    private readonly products: ProductsRepository,
    private readonly productLineage: ProductLineageService,
    @Inject(SERVICE_NAME) private readonly producer: string,
  ) {}

  /** One event: stored, or refused with the error a single request gets. */
  async ingestOne(principal: AuthenticatedPrincipal, input: unknown): Promise<void> {
    const [outcome] = await this.ingest(principal, [input]);
    if (outcome.error !== undefined) {
      throw new ApiError(outcome.status, outcome.error.code, outcome.error.message, outcome.error.details ?? []);
    }
  }

  /** Stores every acceptable event in one transaction and reports each one's outcome, in input order. */
  async ingest(principal: AuthenticatedPrincipal, inputs: readonly unknown[]): Promise<EventOutcome[]> {
    const outcomes: EventOutcome[] = [];
    const valid: { index: number; event: OpenLineageEvent }[] = [];
    inputs.forEach((input, index) => {
      const validation = this.validator.validate(input);
      if (validation.valid) {
        valid.push({ index, event: validation.event });
        return;
      }
      const error = new LineageError(
        'invalid_event',
        `invalid OpenLineage event: ${validation.problems.map((p) => `${p.pointer} ${p.message}`).join('; ')}`,
        validation.problems,
      );
      outcomes.push(refusal(index, error));
    });

    const events = valid.map((v) => v.event);
    const ports = new PortIndex(
      await this.products.portsAt(this.dataSource.manager, PortIndex.addressesOf(events)),
      PortIndex.aliasesOf(events),
    );
    const accepted: OpenLineageEvent[] = [];
    for (const { index, event } of valid) {
      try {
        for (const domain of ports.writtenDomains(event)) requireDomainWrite(principal, domain);
        accepted.push(event);
        outcomes.push({ index, status: 201, accepted: true });
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        outcomes.push(refusal(index, error));
      }
    }
    if (accepted.length > 0) await this.store(IngestRows.of(accepted), ports);
    return outcomes.sort((a, b) => a.index - b.index);
  }

  /**
   * Runs that touch no product are one statement, atomic on its own; those that do also record product edges and
   * queue events, in one transaction with the rows.
   */
  private async store(rows: IngestRows, ports: PortIndex): Promise<void> {
    const productEdges = ports.productEdges(rows);
    const events: MeshEvent[] = [
      ...ports.publications(rows.completedOutputs, this.producer),
      ...ports.checkResults(rows.assertions, this.producer),
    ];
    for (let attempt = 1; ; attempt++) {
      try {
        if (await this.write(rows, productEdges, events)) return;
        if (attempt >= ATTEMPTS) throw new Error('datasets inserted concurrently stayed invisible to ingestion');
      } catch (error) {
        if (attempt >= ATTEMPTS || (error as { code?: string }).code !== DEADLOCK) throw error;
      }
    }
  }

  private async write(rows: IngestRows, productEdges: ProductEdge[], events: MeshEvent[]): Promise<boolean> {
    if (productEdges.length === 0 && events.length === 0) return this.repository.write(this.dataSource.manager, rows);
    try {
      await this.dataSource.transaction(async (manager) => {
        if (!(await this.repository.write(manager, rows))) throw INCOMPLETE;
        const edgeEvents = await this.productLineage.recordObservedEdges(manager, productEdges);
        await Outbox.addAll(manager, [...edgeEvents, ...events]);
      });
      return true;
    } catch (error) {
      if (error === INCOMPLETE) return false;
      throw error;
    }
  }
}

function refusal(index: number, error: ApiError): EventOutcome {
  return {
    index,
    status: error.status,
    accepted: false,
    error: {
      code: error.code,
      message: error.message,
      ...(error.details.length > 0 ? { details: [...error.details] } : {}),
    },
  };
}
