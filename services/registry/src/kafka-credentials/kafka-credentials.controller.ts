import { Controller, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiAuthenticated, ApiErrors, CurrentPrincipal, type AuthenticatedPrincipal } from '@mesh/platform';
import { UuidParam } from '../principals/principals.requests';
import { KafkaCredentialsDto } from './kafka-credentials.dto';
import { KafkaCredentialsService } from './kafka-credentials.service';

@ApiTags('principals')
@ApiAuthenticated()
@Controller('v1/principals')
export class KafkaCredentialsController {
  constructor(private readonly credentials: KafkaCredentialsService) {}

  @Post(':id/kafka-credentials')
  @ApiOperation({
    summary: 'A Kafka login for a domain pipeline; the answer is the only time the password is shown',
    description:
      "A SCRAM-SHA-512 user named by the principal's id, allowed to write and read the topics of the products of " +
      "the domains it is a member or owner of, and nothing of the platform's own streams; read access to other " +
      "domains' topics comes with grants. Issuing again rotates the password. Platform admins for anyone, a domain " +
      'owner for the principals of their domains, and a principal for itself.',
  })
  @ApiCreatedResponse({ type: KafkaCredentialsDto })
  @ApiErrors({ 403: true, 404: 'No such principal', 503: 'Kafka did not take the credentials' })
  issue(
    @CurrentPrincipal() actor: AuthenticatedPrincipal,
    @UuidParam('id') principalId: string,
  ): Promise<KafkaCredentialsDto> {
    return this.credentials.issue(actor, principalId);
  }
}
