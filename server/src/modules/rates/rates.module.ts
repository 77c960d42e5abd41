import { Module } from '@nestjs/common';
import { RatesResolver } from './rates.resolver';
import { RatesService } from './rates.service';
import { TrendService } from './trend.service';

@Module({ providers: [RatesService, TrendService, RatesResolver] })
export class RatesModule {}
