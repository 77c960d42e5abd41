import { Module } from '@nestjs/common';
import { InvestorsResolver } from './investors.resolver';

@Module({ providers: [InvestorsResolver] })
export class InvestorsModule {}
