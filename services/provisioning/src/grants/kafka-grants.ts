import { Inject, Injectable } from '@nestjs/common';
import type { Grant } from '@mesh/contracts';
import { everyBindingOn, grantAcls } from '@mesh/messaging';
import { CONFIG } from '@mesh/platform';
import type { ProvisioningConfig } from '../config';
import { KafkaAdmin } from '../topics/kafka-admin';

/**
 * A grant on Kafka: its holder's Kafka user (named by the principal's id, as the registry issues it) reads the
 * product's topics. Applying twice changes nothing; removing takes the topic binding away, while the holder's group
 * binding stays for its other grants.
 */
@Injectable()
export class KafkaGrants {
  constructor(
    private readonly kafka: KafkaAdmin,
    @Inject(CONFIG) private readonly config: ProvisioningConfig,
  ) {}

  async apply(grant: Grant): Promise<void> {
    await (await this.kafka.get()).createAcls({ acl: this.acls(grant) });
  }

  async remove(grant: Grant): Promise<void> {
    const [topics] = this.acls(grant);
    await (await this.kafka.get()).deleteAcls({ filters: [everyBindingOn(topics, topics.principal)] });
  }

  /** What the grant gives on Kafka, for operators: the topic prefix its holder reads and its consumer groups' prefix. */
  describe(grant: Grant): { topicPrefix: string; groupPrefix: string } {
    const [topics, groups] = this.acls(grant);
    return { topicPrefix: topics.resourceName, groupPrefix: groups.resourceName };
  }

  /** Product topics carry the deployment's prefix, as the topic jobs name them. */
  private acls(grant: Grant) {
    return grantAcls(grant.principal, grant.product, this.config.MESH_TOPIC_PREFIX);
  }
}
