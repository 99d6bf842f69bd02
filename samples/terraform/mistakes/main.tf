# A configuration with mistakes that the providers let through to the cloud. plan.json beside this file is
# what `terraform plan -out plan.out && terraform show -json plan.out` writes for it (by hand, to
# Terraform's documented JSON format); `vpnlint check plan.json` reports each mistake at its value in the
# plan, on the resource's address, in the attribute's own name.

terraform {
  required_providers {
    alicloud = {
      source  = "aliyun/alicloud"
      version = "~> 1.230"
    }
    huaweicloud = {
      source  = "huaweicloud/huaweicloud"
      version = "~> 1.70"
    }
    random = {
      source  = "hashicorp/random"
      version = "~> 3.6"
    }
  }
}

provider "alicloud" {
  region = "cn-hangzhou"
}

provider "huaweicloud" {
  region = "cn-north-4"
}

# The gateway and two SSL servers (count), in a module.
module "vpn" {
  source      = "./modules/vpn"
  vpc_id      = "vpc-bp1ub1yt9cvakoelj0002"
  office_cidr = "172.16.0.0/16"
}

# Not a resource VpnLint checks: counted in the summary. Its result is known only after apply.
resource "random_password" "ipsec" {
  length  = 24
  special = false
}

resource "alicloud_vpn_ipsec_server" "roaming" {
  ipsec_server_name = "roaming"
  vpn_gateway_id    = module.vpn.gateway_id # a reference, through the module's output, to its gateway
  client_ip_pool    = "10.30.0.0/24"
  local_subnet      = "172.16.0.0/16"
  psk               = random_password.ipsec.result # unknown until apply: never judged
  # psk_enabled is missing, and CreateIpsecServer requires it: the provider sends nothing for it.

  ike_config {
    ike_version  = "ikev1"
    ike_mode     = "main"
    ike_enc_alg  = "aes"
    ike_auth_alg = "md5"
    ike_pfs      = "group14"
    ike_lifetime = 86400
    remote_id    = "roaming.example.com"
  }

  # The provider sends these as null when it creates the server, so the API's weak defaults apply.
  ipsec_config {
    ipsec_enc_alg  = "aes256"
    ipsec_auth_alg = "sha256"
    ipsec_pfs      = "group14"
    ipsec_lifetime = 3600
  }
}

resource "huaweicloud_vpn_server" "branch" {
  p2c_vgw_id       = "b0a3fe54-4bc9-4d3b-8e2a-2ad2d14bd6a0"
  local_subnets    = ["10.20.0.0/16", "127.0.0.0/8"]
  client_cidr      = "172.30.0.0/22"
  tunnel_protocol  = "SSL"
  client_auth_type = "CERT"

  server_certificate {
    id = "scs1716171403922"
  }

  # Sensitive: VpnLint names the finding but never shows the content.
  client_ca_certificates {
    name    = "branch-ca"
    content = "not a PEM certificate"
  }

  ssl_options {
    port = 8443
  }
}
