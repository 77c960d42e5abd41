import { Module } from '@nestjs/common';
import { ChainsResolver } from './chains.resolver';
import { ChainsService } from './chains.service';

@Module({ providers: [ChainsService, ChainsResolver], exports: [ChainsService] })
export class ChainsModule {}
