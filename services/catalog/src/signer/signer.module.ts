import { Module } from '@nestjs/common';
import { TablesModule } from '../tables/tables.module';
import { SignerController } from './signer.controller';
import { SignerService } from './signer.service';

@Module({
  imports: [TablesModule],
  controllers: [SignerController],
  providers: [SignerService],
})
export class SignerModule {}
