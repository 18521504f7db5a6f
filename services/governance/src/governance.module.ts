import { Module, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { ComplianceController } from './compliance/compliance.controller';
import { ComplianceRepository } from './compliance/compliance.repository';
import { ComplianceService } from './compliance/compliance.service';
import { ReevaluationQueue } from './compliance/reevaluation.queue';
import { ReevaluationWorker } from './compliance/reevaluation.worker';
import { EvaluationsRepository } from './evaluation/evaluations.repository';
import { PolicyEngine } from './evaluation/policy-engine';
import { AccessGate } from './gate/access-gate';
import { Decisions } from './gate/decisions';
import { EvaluateController } from './gate/evaluate.controller';
import { GateService } from './gate/gate.service';
import { LifecycleCopies } from './gate/lifecycle-copies.service';
import { LifecycleHandlers } from './gate/lifecycle.handlers';
import { LineageRepository } from './lineage/lineage.repository';
import { PoliciesController } from './policies/policies.controller';
import { PoliciesRepository } from './policies/policies.repository';
import { PoliciesService } from './policies/policies.service';
import { YamlText } from './policies/policy-document';
import { ProductCopiesRepository } from './products/product-copies.repository';
import { StarterPackSeeder } from './starter-pack/starter-pack.seeder';
import { WaiversController } from './waivers/waivers.controller';
import { WaiversRepository } from './waivers/waivers.repository';
import { WaiversService } from './waivers/waivers.service';

/**
 * Policies, the gate, compliance and waivers. One module: they share the policy engine and the re-evaluation queue,
 * and each concept keeps its own folder.
 */
@Module({
  controllers: [
    PoliciesController,
    EvaluateController,
    ComplianceController,
    WaiversController,
    AccessGate,
    LifecycleHandlers,
  ],
  providers: [
    PoliciesRepository,
    PoliciesService,
    StarterPackSeeder,
    PolicyEngine,
    EvaluationsRepository,
    Decisions,
    ProductCopiesRepository,
    LineageRepository,
    WaiversRepository,
    WaiversService,
    ComplianceRepository,
    ComplianceService,
    ReevaluationQueue,
    ReevaluationWorker,
    GateService,
    LifecycleCopies,
  ],
})
export class GovernanceModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(YamlText).forRoutes(PoliciesController, EvaluateController);
  }
}
