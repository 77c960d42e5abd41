import { Module } from '@nestjs/common';
import { TargetsResolver } from './targets.resolver';
import { TargetsService } from './targets.service';

@Module({ providers: [TargetsService, TargetsResolver] })
export class TargetsModule {}
