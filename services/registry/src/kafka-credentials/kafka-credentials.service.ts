import { Inject, Injectable } from '@nestjs/common';
import { issuePipelineCredentials, kafkaCredentialsFromEnvironment, type PipelineCredentials } from '@mesh/messaging';
import { CONFIG, type AuthenticatedPrincipal } from '@mesh/platform';
import { AuditedTransactions } from '../audit/audited-transactions';
import type { RegistryConfig } from '../config';
import { requireManageTokens } from '../principals/principal-rights';
import { domainsOf, principalUrn } from '../principals/principal.model';
import { PrincipalsService } from '../principals/principals.service';
import { KafkaCredentialsError } from './kafka-credentials.errors';

type PipelineOwner = Awaited<ReturnType<PrincipalsService['get']>>;

/** The domains whose products a principal's pipeline may write: those it is a member or an owner of. */
function writableDomains(roles: PipelineOwner['roles']): string[] {
  const domains = roles
    .filter((grant) => grant.role === 'domain-member' || grant.role === 'domain-owner')
    .flatMap((grant) => (grant.domain === undefined ? [] : [grant.domain]));
  return [...new Set(domains)].sort();
}

/**
 * Kafka logins for domain pipelines: a principal's SCRAM user (named by its id) with ACLs on its domains' product
 * topics. Issuing again rotates the password. Who may: the principal itself and those who manage its tokens.
 */
@Injectable()
export class KafkaCredentialsService {
  constructor(
    private readonly principals: PrincipalsService,
    private readonly transactions: AuditedTransactions,
    @Inject(CONFIG) private readonly config: RegistryConfig,
  ) {}

  async issue(
    actor: AuthenticatedPrincipal,
    principalId: string,
  ): Promise<PipelineCredentials & { bootstrapServers: string[] }> {
    const owner = await this.principals.get(principalId);
    requireManageTokens(actor, owner);
    // The registry makes users with its own login, whose ACLs allow ALTER on the cluster.
    const admin = kafkaCredentialsFromEnvironment();
    if (admin === undefined) {
      throw new KafkaCredentialsError(
        'kafka_authentication_off',
        'this registry has no Kafka login (KAFKA_USERNAME) to make users with',
      );
    }
    const domains = writableDomains(owner.roles);
    const issued = await this.transactions.run(actor, async (transaction) => {
      const credentials = await issuePipelineCredentials(
        { brokers: this.config.KAFKA_BROKERS, admin, topicPrefix: this.config.MESH_TOPIC_PREFIX },
        owner.id,
        domains,
      ).catch((error: unknown) => {
        throw new KafkaCredentialsError(
          'kafka_unavailable',
          `Kafka did not take the credentials: ${error instanceof Error ? error.message : String(error)}`,
        );
      });
      await transaction.record({
        action: 'kafka-credentials.issued',
        subject: principalUrn(owner.id),
        domains: domainsOf(owner.roles),
        before: null,
        after: { username: credentials.username, topicPrefixes: credentials.topicPrefixes },
      });
      return credentials;
    });
    return { ...issued, bootstrapServers: this.config.KAFKA_BROKERS };
  }
}
