import { Body, Controller, HttpCode, Param, Post, Res, UseFilters } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Unaudited } from '@mesh/messaging';
import { CurrentPrincipal, parseInput, type AuthenticatedPrincipal } from '@mesh/platform';
import type { Request, Response } from 'express';
import { IcebergErrorFilter } from '../http/iceberg-error.filter';
import { namespaceParam, requireName } from '../http/names';
import { ApiIcebergAnswers, ApiIcebergAuthenticated } from '../http/iceberg-openapi';
import { s3SignRequestSchema } from './s3-request';
import { SignerService, type S3SignResponse } from './signer.service';

/**
 * Remote signing: the S3 signer API (docs/specs/iceberg/s3-signer-open-api.yaml, `POST /v1/aws/s3/sign`, which
 * PyIceberg calls) and the REST spec's per-table endpoint that replaces it (`POST
 * /v1/namespaces/{namespace}/tables/{table}/sign`, which Iceberg's Java client calls since 1.12).
 */
@ApiTags('s3-signer')
@ApiIcebergAuthenticated()
@UseFilters(IcebergErrorFilter)
@Controller('v1')
export class SignerController {
  constructor(private readonly signer: SignerService) {}

  @Post('aws/s3/sign')
  @HttpCode(200)
  // A client asks for a signature per request it makes to the store: a read changes nothing, and recording each
  // would put an audit entry (an outbox row, a Kafka message, a registry row) behind every object read. Signatures
  // that let a client change the store are recorded, and so is every refusal.
  @Unaudited(signsRead)
  @ApiOperation({
    summary: "Sign a request to the warehouse's store (remote signing)",
    description:
      "Signed only for an object of a table the caller may read (GET, HEAD) or in a namespace it may write (PUT, POST, DELETE); else 403. The answer is the request's headers with the signature's; it is not cached, so that a revoked grant stops the next request.",
  })
  @ApiIcebergAnswers(200, 400)
  async sign(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Body() body: unknown,
    @Res({ passthrough: true }) response: Response,
  ) {
    return this.answer(response, await this.signer.sign(principal, parseInput(s3SignRequestSchema, body)));
  }

  @Post('namespaces/:namespace/tables/:table/sign')
  @HttpCode(200)
  // As above: Spark and Trino's Java clients sign every read here.
  @Unaudited(signsRead)
  @ApiOperation({
    summary: "Sign a request to the warehouse's store for one table (remote signing)",
    description:
      "As /v1/aws/s3/sign, but a reader's requests are signed for this table's objects only (a writer's for its namespace's area, where staged tables' files lie); else 403.",
  })
  @ApiIcebergAnswers(200, 400)
  async signForTable(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Param('namespace') namespace: string,
    @Param('table') table: string,
    @Body() body: unknown,
    @Res({ passthrough: true }) response: Response,
  ) {
    const scope = { namespace: namespaceParam(namespace), name: requireName(table, '/table') };
    return this.answer(response, await this.signer.sign(principal, parseInput(s3SignRequestSchema, body), scope));
  }

  private answer(response: Response, signed: S3SignResponse): S3SignResponse {
    // The spec's Cache-Control: a signature must not outlive the grant it was checked against.
    response.setHeader('Cache-Control', 'no-cache');
    return signed;
  }
}

function signsRead(request: Request): boolean {
  const method = (request.body as { method?: unknown } | undefined)?.method;
  return method === 'GET' || method === 'HEAD';
}
