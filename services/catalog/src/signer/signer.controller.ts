import { Body, Controller, HttpCode, Post, Res, UseFilters } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Unaudited } from '@mesh/messaging';
import { CurrentPrincipal, parseInput, type AuthenticatedPrincipal } from '@mesh/platform';
import type { Request, Response } from 'express';
import { IcebergErrorFilter } from '../http/iceberg-error.filter';
import { ApiIcebergAnswers, ApiIcebergAuthenticated } from '../http/iceberg-openapi';
import { s3SignRequestSchema } from './s3-request';
import { SignerService } from './signer.service';

/** The Iceberg S3 signer API (docs/specs/iceberg/s3-signer-open-api.yaml), beside the catalog's routes. */
@ApiTags('s3-signer')
@ApiIcebergAuthenticated()
@UseFilters(IcebergErrorFilter)
@Controller('v1/aws/s3/sign')
export class SignerController {
  constructor(private readonly signer: SignerService) {}

  @Post()
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
    const request = parseInput(s3SignRequestSchema, body);
    const signed = await this.signer.sign(principal, request);
    // The spec's Cache-Control: a signature must not outlive the grant it was checked against.
    response.setHeader('Cache-Control', 'no-cache');
    return signed;
  }
}

function signsRead(request: Request): boolean {
  const method = (request.body as { method?: unknown } | undefined)?.method;
  return method === 'GET' || method === 'HEAD';
}
