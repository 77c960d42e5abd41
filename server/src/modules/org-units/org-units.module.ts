import { Global, Module } from '@nestjs/common';
import { OrgUnitsResolver } from './org-units.resolver';
import { OrgUnitsService } from './org-units.service';

@Global()
@Module({ providers: [OrgUnitsService, OrgUnitsResolver], exports: [OrgUnitsService] })
export class OrgUnitsModule {}
