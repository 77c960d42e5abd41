import { Global, Module } from '@nestjs/common';
import { OrgUnitAdminService } from './org-unit-admin.service';
import { OrgUnitsResolver } from './org-units.resolver';
import { OrgUnitsService } from './org-units.service';

@Global()
@Module({
  providers: [OrgUnitsService, OrgUnitAdminService, OrgUnitsResolver],
  exports: [OrgUnitsService],
})
export class OrgUnitsModule {}
