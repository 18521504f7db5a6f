import { Body, Controller, Delete, Get, HttpCode, Param, Put, Query, UseFilters } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, parseInput, type AuthenticatedPrincipal } from '@mesh/platform';
import { z } from 'zod';
import { requireGrantsManager } from '../auth/catalog-rights';
import { CatalogError } from '../http/catalog-error';
import { IcebergErrorFilter } from '../http/iceberg-error.filter';
import { ApiIcebergAuthenticated, ApiIcebergAnswers } from '../http/iceberg-openapi';
import { requireName } from '../http/names';
import type { CatalogGrant } from './grants.repository';
import { GrantsService } from './grants.service';

const grantBody = z.object({
  principal: z.string().min(1),
  domain: z.string().min(1),
  product: z.string().min(1),
  port: z.string().min(1).nullable().default(null),
  expiresAt: z.string().datetime({ offset: true }).nullable().default(null),
});

const grantsQuery = z.object({
  principal: z.string().min(1).optional(),
  domain: z.string().min(1).optional(),
  product: z.string().min(1).optional(),
});

const grantId = (value: string): string => {
  if (!/^[A-Za-z0-9._:-]{1,128}$/.test(value))
    throw new CatalogError('bad_request', "invalid /grantId: 1 to 128 letters, digits, '.', '_', ':' or '-'");
  return value;
};

/**
 * The catalog's read grants, for platform admins and catalog writers: the provisioning service applies grants here (PUT is an upsert by
 * grant id, DELETE succeeds whether or not the grant is there), and anyone auditing access lists them. Grants also
 * arrive from the registry's access.granted and access.revoked events; both paths write the same rows.
 */
@ApiTags('grants')
@ApiIcebergAuthenticated()
@UseFilters(IcebergErrorFilter)
@Controller('v1/mesh/grants')
export class GrantsController {
  constructor(private readonly grants: GrantsService) {}

  @Get()
  @ApiOperation({ summary: 'Grants, filtered by principal, domain and product (platform admins, catalog writers)' })
  @ApiIcebergAnswers(200, 400)
  async list(@CurrentPrincipal() principal: AuthenticatedPrincipal, @Query() query: unknown) {
    requireGrantsManager(principal);
    return { grants: await this.grants.list(parseInput(grantsQuery, query, 'query')) };
  }

  @Get(':grantId')
  @ApiOperation({ summary: 'One grant (platform admins, catalog writers)' })
  @ApiIcebergAnswers(200, 400, 404)
  async get(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Param('grantId') id: string,
  ): Promise<CatalogGrant> {
    requireGrantsManager(principal);
    return this.grants.get(grantId(id));
  }

  @Put(':grantId')
  @ApiOperation({
    summary: 'Apply a grant, idempotently: the same id again replaces it (platform admins, catalog writers)',
  })
  @ApiIcebergAnswers(200, 400)
  async put(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Param('grantId') id: string,
    @Body() body: unknown,
  ): Promise<CatalogGrant> {
    requireGrantsManager(principal);
    const input = parseInput(grantBody, body);
    const grant: CatalogGrant = {
      grantId: grantId(id),
      principal: input.principal,
      domain: requireName(input.domain, '/domain'),
      product: requireName(input.product, '/product'),
      port: input.port,
      expiresAt: input.expiresAt === null ? null : new Date(input.expiresAt),
    };
    await this.grants.put(grant);
    return grant;
  }

  @Delete(':grantId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Withdraw a grant; succeeds when it is already gone (platform admins, catalog writers)' })
  @ApiIcebergAnswers(204, 400)
  async remove(@CurrentPrincipal() principal: AuthenticatedPrincipal, @Param('grantId') id: string): Promise<void> {
    requireGrantsManager(principal);
    await this.grants.remove(grantId(id));
  }
}
