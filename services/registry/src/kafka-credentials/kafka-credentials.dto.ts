import { ApiProperty } from '@nestjs/swagger';
import type { PipelineCredentials } from '@mesh/messaging';

export class KafkaCredentialsDto implements PipelineCredentials {
  @ApiProperty({ format: 'uuid', description: "The SCRAM user: the principal's id" })
  username!: string;

  @ApiProperty({ description: 'The password: shown this once; issuing again replaces it' })
  password!: string;

  @ApiProperty({ enum: ['SCRAM-SHA-512'] })
  mechanism!: 'SCRAM-SHA-512';

  @ApiProperty({ type: [String], example: ['127.0.0.1:9092'] })
  bootstrapServers!: string[];

  @ApiProperty({
    type: [String],
    example: ['sales.'],
    description: "Topics it may write and read: its domains' products' topics (`<domain>.<product>.v<major>.<port>`)",
  })
  topicPrefixes!: string[];

  @ApiProperty({ example: '4f1c….', description: 'Consumer groups it may join start with this' })
  groupPrefix!: string;
}
