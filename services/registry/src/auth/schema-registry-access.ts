import { Injectable, type ExecutionContext, type OnModuleInit, type Type } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { AuthError, type AuthenticatedPrincipal, type RouteAccess, type RoutePolicy } from '@mesh/platform';
import type { Request } from 'express';
import { CompatibilityController } from '../schema-registry/compatibility.controller';
import { ConfigController } from '../schema-registry/config.controller';
import { parseSchemaBody, parseSubject } from '../schema-registry/schema-registry.requests';
import { SchemaRegistryService } from '../schema-registry/schema-registry.service';
import { SchemasController } from '../schema-registry/schemas.controller';
import { SubjectsController } from '../schema-registry/subjects.controller';
import { requireServiceOrAdmin } from './service-rights';

const SCHEMA_REGISTRY_CONTROLLERS: ReadonlySet<Type<unknown>> = new Set([
  SubjectsController,
  SchemasController,
  CompatibilityController,
  ConfigController,
]);

/** POSTs that only read: finding a schema's version, checking compatibility. */
const READING_POSTS: ReadonlySet<unknown> = new Set([
  SubjectsController.prototype.lookup,
  CompatibilityController.prototype.againstVersion,
  CompatibilityController.prototype.againstSubject,
]);

const REGISTER = SubjectsController.prototype.register;

/**
 * Who may use the Confluent-compatible Schema Registry API. Reads are public, as Confluent deserializers fetch
 * schemas by id without credentials. Changes (a new schema version, a compatibility level) need a service
 * principal or a platform admin, sent as `Bearer <token>` or as Basic with the token as password, which is what
 * Confluent clients send (`basic.auth.user.info`).
 *
 * Registering a schema the subject already has changes nothing and answers its existing id, so it is open to
 * anyone: Confluent serializers (with auto-registration) and the platform's EventCodec register on first use of
 * every subject, and producers that only publish the platform's contracts need no write right for that.
 *
 * The routes are classified here, by their handlers, because the Schema Registry module is mounted as it is;
 * any route this list does not know needs a writer.
 */
@Injectable()
export class SchemaRegistryAccess implements RoutePolicy, OnModuleInit {
  private registry!: SchemaRegistryService;

  constructor(private readonly moduleRef: ModuleRef) {}

  onModuleInit(): void {
    // The Schema Registry module keeps its service to itself; looking a schema up is all this policy needs of it.
    this.registry = this.moduleRef.get(SchemaRegistryService, { strict: false });
  }

  accessTo(context: ExecutionContext): RouteAccess | undefined {
    if (!SCHEMA_REGISTRY_CONTROLLERS.has(context.getClass())) return undefined;
    const handler = context.getHandler();
    if (context.switchToHttp().getRequest<Request>().method === 'GET' || READING_POSTS.has(handler)) return 'public';
    return handler === REGISTER ? 'optional' : 'required';
  }

  async authorize(context: ExecutionContext, principal: AuthenticatedPrincipal | undefined): Promise<void> {
    const request = context.switchToHttp().getRequest<Request>();
    if (context.getHandler() === REGISTER && (await this.isAlreadyRegistered(request))) return;
    if (principal === undefined) {
      throw new AuthError(
        'unauthenticated',
        'registering a new schema version needs a token: Bearer, or Basic with the token as password',
      );
    }
    requireServiceOrAdmin(principal);
  }

  /** Whether the request registers a schema its subject already has; a malformed request is left to the route. */
  private async isAlreadyRegistered(request: Request): Promise<boolean> {
    try {
      await this.registry.lookup(parseSubject(String(request.params.subject)), parseSchemaBody(request.body));
      return true;
    } catch {
      return false;
    }
  }
}
