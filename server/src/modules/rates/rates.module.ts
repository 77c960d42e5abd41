import { Module } from '@nestjs/common';
import { RatesResolver } from './rates.resolver';
import { RatesService } from './rates.service';

@Module({ providers: [RatesService, RatesResolver] })
export class RatesModule {}
